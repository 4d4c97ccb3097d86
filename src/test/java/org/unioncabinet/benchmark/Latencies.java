package org.unioncabinet.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Response times per request type and the failures, collected from many threads at once. */
public final class Latencies {

    /** One request type: how many, p50/p99/max in milliseconds, how many failed. */
    record Summary(String type, int count, double p50, double p99, double max, int errors) {
    }

    private final Map<String, List<Long>> nanos = new ConcurrentSkipListMap<>();
    private final Map<String, Integer> errors = new ConcurrentHashMap<>();
    private final List<String> errorSamples = new CopyOnWriteArrayList<>();

    void record(String type, long elapsedNanos) {
        nanos.computeIfAbsent(type, key -> Collections.synchronizedList(new ArrayList<>())).add(elapsedNanos);
    }

    void error(String type, String detail) {
        errors.merge(type, 1, Integer::sum);
        // a few examples are enough to see what went wrong; thousands would bury the table
        if (errorSamples.size() < 10) {
            errorSamples.add(type + ": " + detail);
        }
    }

    int errorCount() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    List<String> errorSamples() {
        return errorSamples;
    }

    List<Summary> summaries() {
        List<Summary> result = new ArrayList<>();
        nanos.forEach((type, values) -> {
            List<Long> sorted;
            synchronized (values) {
                sorted = new ArrayList<>(values);
            }
            Collections.sort(sorted);
            result.add(new Summary(type, sorted.size(), percentile(sorted, 50), percentile(sorted, 99),
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6, errors.getOrDefault(type, 0)));
        });
        errors.forEach((type, count) -> {
            if (!nanos.containsKey(type)) {
                result.add(new Summary(type, 0, 0, 0, 0, count));
            }
        });
        return result;
    }

    /** Nearest-rank percentile in milliseconds of an ascending list. */
    static double percentile(List<Long> sorted, double percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
