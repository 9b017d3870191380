package cl.redlim.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The printed table and the JSON results file. */
final class Report {

    private Report() {
    }

    static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        String format = "%-44s | %-7s | %-18s | %8s | %8s | %8s | %-22s | %s%n";
        b.append(String.format(Locale.ROOT, format, "benchmark", "clients", "result", "p50 ms", "p99 ms",
                "p99.9 ms", "ceiling", "ratio"));
        b.append("-".repeat(44)).append("-|-").append("-".repeat(7)).append("-|-").append("-".repeat(18))
                .append("-|-").append("-".repeat(8)).append("-|-").append("-".repeat(8)).append("-|-")
                .append("-".repeat(8)).append("-|-").append("-".repeat(22)).append("-|------").append('\n');
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, format, r.benchmark(), r.clients(), amount(r.value(), r.unit()),
                    ms(r.p50()), ms(r.p99()), ms(r.p999()), amount(r.ceiling(), r.ceilingUnit()),
                    Double.isNaN(r.ratio()) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", r.ratio() * 100)));
        }
        return b.toString();
    }

    static String amount(double value, String unit) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        // counts (acknowledged, lost...) print as whole numbers; rates keep a decimal below 100
        boolean count = unit != null && !unit.contains("/") && value == Math.rint(value);
        String number = count || Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%,.1f", value);
        return unit == null || unit.isEmpty() ? number : number + " " + unit;
    }

    private static String ms(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static Path write(Path dir, String date, String commit, Map<String, Object> header, List<Row> rows,
                      List<String> notes) throws IOException {
        ObjectNode root = Api.JSON.createObjectNode();
        header.forEach((k, v) -> root.set(k, Api.JSON.valueToTree(v)));
        ArrayNode array = root.putArray("rows");
        for (Row r : rows) {
            ObjectNode o = array.addObject();
            o.put("benchmark", r.benchmark());
            o.put("clients", r.clients());
            number(o, "value", r.value());
            o.put("unit", r.unit());
            number(o, "p50Ms", r.p50());
            number(o, "p99Ms", r.p99());
            number(o, "p999Ms", r.p999());
            number(o, "ceiling", r.ceiling());
            o.put("ceilingUnit", r.ceilingUnit());
            number(o, "ratio", r.ratio());
            o.put("errors", r.errors());
            if (r.note() != null) {
                o.put("note", r.note());
            }
        }
        root.set("notes", Api.JSON.valueToTree(notes));
        root.put("table", table(rows));
        Files.createDirectories(dir);
        Path file = dir.resolve(date + "-" + commit + ".json");
        Files.writeString(file, Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        return file;
    }

    private static void number(ObjectNode o, String name, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            o.putNull(name);
        } else {
            o.put(name, Math.round(value * 1000) / 1000.0);
        }
    }
}
