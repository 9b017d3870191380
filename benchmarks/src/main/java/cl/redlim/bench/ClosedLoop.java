package cl.redlim.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

/**
 * A closed-loop load generator on {@link HttpClient#sendAsync}: N virtual clients, each sends its next request when
 * the answer to its previous one has arrived. No thread waits per client; the answers complete on the client's
 * executor. Latencies (request sent to answer fully read) go to an HdrHistogram in microseconds. Requests started
 * during the warm-up are not recorded.
 */
final class ClosedLoop {

    /**
     * What one run measured. {@code sent}: requests sent, warm-up included; {@code ok}/{@code failed}: measured
     * answers; {@code seconds}: the measured window, end of warm-up to the last answer.
     */
    record Outcome(long sent, long ok, long failed, double seconds, Histogram latencyMicros, String firstFailure) {

        double perSecond() {
            return seconds <= 0 ? 0 : ok / seconds;
        }

        double millisAt(double percentile) {
            return latencyMicros.getTotalCount() == 0 ? Double.NaN
                    : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private final HttpClient http;

    ClosedLoop(HttpClient http) {
        this.http = http;
    }

    /**
     * Runs until {@code warmup + measure} has passed or {@code maxRequests} were sent. {@code request} builds the
     * i-th request (0-based, warm-up included); {@code onOk} sees every 2xx answer; any other answer is a failure.
     */
    Outcome run(int clients, Duration warmup, Duration measure, int maxRequests, IntFunction<HttpRequest> request,
                BiConsumer<Integer, HttpResponse<byte[]>> onOk) {
        Histogram histogram = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(2), 3);
        AtomicInteger next = new AtomicInteger();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        long warmEnd = start + warmup.toNanos();
        long end = warmEnd + measure.toNanos();
        for (int c = 0; c < clients; c++) {
            new Client(next, maxRequests, end, warmEnd, request, onOk, histogram, ok, failed,
                    lastAnswer, firstFailure, done).fire();
        }
        try {
            if (!done.await(measure.plus(warmup).plusMinutes(5).toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("The clients did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long from = warmup.isZero() ? start : warmEnd;
        double seconds = Math.max(0, lastAnswer.get() - from) / 1e9;
        return new Outcome(Math.min(next.get(), maxRequests), ok.get(), failed.get(), seconds, histogram,
                firstFailure.get());
    }

    private final class Client {
        private final AtomicInteger next;
        private final int max;
        private final long end;
        private final long warmEnd;
        private final IntFunction<HttpRequest> request;
        private final BiConsumer<Integer, HttpResponse<byte[]>> onOk;
        private final Histogram histogram;
        private final AtomicLong ok;
        private final AtomicLong failed;
        private final AtomicLong lastAnswer;
        private final AtomicReference<String> firstFailure;
        private final CountDownLatch done;

        Client(AtomicInteger next, int max, long end, long warmEnd, IntFunction<HttpRequest> request,
               BiConsumer<Integer, HttpResponse<byte[]>> onOk, Histogram histogram, AtomicLong ok, AtomicLong failed,
               AtomicLong lastAnswer, AtomicReference<String> firstFailure, CountDownLatch done) {
            this.next = next;
            this.max = max;
            this.end = end;
            this.warmEnd = warmEnd;
            this.request = request;
            this.onOk = onOk;
            this.histogram = histogram;
            this.ok = ok;
            this.failed = failed;
            this.lastAnswer = lastAnswer;
            this.firstFailure = firstFailure;
            this.done = done;
        }

        void fire() {
            long sent = System.nanoTime();
            if (sent >= end) {
                done.countDown();
                return;
            }
            int i = next.getAndIncrement();
            if (i >= max) {
                done.countDown();
                return;
            }
            HttpRequest r;
            try {
                r = request.apply(i);
            } catch (RuntimeException e) {
                fail("request " + i + ": " + e);
                done.countDown();
                return;
            }
            send(i, r, sent, 1);
        }

        private void send(int i, HttpRequest r, long sent, int attempt) {
            http.sendAsync(r, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
                if (error != null && isConnectFailure(error) && attempt < 5) {
                    // nothing was sent (the JDK client at times fails to open a connection after many were
                    // closed): try again, the latency includes the retry
                    send(i, r, sent, attempt + 1);
                    return;
                }
                long answered = System.nanoTime();
                boolean good = error == null && response.statusCode() / 100 == 2;
                boolean measured = sent >= warmEnd;
                if (good) {
                    if (measured) {
                        histogram.recordValue(Math.max(1, (answered - sent) / 1000));
                        ok.incrementAndGet();
                        lastAnswer.accumulateAndGet(answered, Math::max);
                    }
                    if (onOk != null) {
                        onOk.accept(i, response);
                    }
                } else {
                    fail(error != null ? r.uri() + ": " + error
                            : r.method() + " " + r.uri() + " -> " + response.statusCode() + " "
                            + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
                }
                fire();
            });
        }

        private static boolean isConnectFailure(Throwable error) {
            for (Throwable t = error; t != null; t = t.getCause()) {
                if (t instanceof java.net.ConnectException) {
                    return true;
                }
            }
            return false;
        }

        private void fail(String what) {
            failed.incrementAndGet();
            firstFailure.compareAndSet(null, what.length() > 400 ? what.substring(0, 400) : what);
        }
    }
}
