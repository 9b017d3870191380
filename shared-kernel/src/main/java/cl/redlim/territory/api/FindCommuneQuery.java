package cl.redlim.territory.api;

public record FindCommuneQuery(String cut) {
}
