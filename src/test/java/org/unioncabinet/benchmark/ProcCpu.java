package org.unioncabinet.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CPU time of processes on this machine from {@code /proc/<pid>/stat} (Linux): user + system time in clock ticks of
 * 10 ms ({@code getconf CLK_TCK} is 100 on Linux for user space).
 */
final class ProcCpu {

    private static final long NANOS_PER_TICK = 10_000_000L;

    private ProcCpu() {
    }

    /** utime + stime of one process, all its threads, in nanoseconds. */
    static long ofProcess(long pid) {
        long[] stat = stat(pid);
        if (stat == null) {
            throw new IllegalStateException("Process " + pid + " has ended");
        }
        return (stat[0] + stat[1]) * NANOS_PER_TICK;
    }

    /**
     * The CPU of the whole PostgreSQL server so far, in nanoseconds: utime + stime of every living {@code postgres}
     * process, plus the children the postmaster has already reaped (its cutime + cstime), so that a backend or
     * autovacuum worker that ends between two readings still counts. Every database of the server is in it.
     */
    static long ofPostgresServer() {
        Map<Long, long[]> postgres = new HashMap<>();
        Map<Long, Long> parents = new HashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.map(path -> path.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).forEach(pid -> {
                        if ("postgres".equals(command(pid))) {
                            long[] stat = stat(pid);
                            if (stat != null) {
                                postgres.put(pid, stat);
                                parents.put(pid, stat[4]);
                            }
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long ticks = 0;
        for (Map.Entry<Long, long[]> process : postgres.entrySet()) {
            long[] stat = process.getValue();
            ticks += stat[0] + stat[1];
            if (!postgres.containsKey(parents.get(process.getKey()))) {
                // the postmaster: its reaped children's time
                ticks += stat[2] + stat[3];
            }
        }
        return ticks * NANOS_PER_TICK;
    }

    /** The CPU of these processes so far, in nanoseconds; a process that has ended counts nothing. */
    static Map<Long, Long> ofProcesses(Set<Long> pids) {
        Map<Long, Long> cpu = new HashMap<>();
        for (long pid : pids) {
            long[] stat = stat(pid);
            if (stat != null) {
                cpu.put(pid, (stat[0] + stat[1]) * NANOS_PER_TICK);
            }
        }
        return cpu;
    }

    /**
     * The CPU so far of the JIT compiler's threads of a JVM ({@code C1 CompilerThre…}, {@code C2 CompilerThre…} in
     * {@code /proc/<pid>/task/<tid>/comm}), in nanoseconds. HotSpot starts and stops compiler threads as the queue
     * grows and shrinks; a thread that ended between two readings is lost, so a difference may undercount a little.
     */
    static long ofCompilerThreads(long pid) {
        Path tasks = Path.of("/proc", String.valueOf(pid), "task");
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                String name;
                try {
                    name = Files.readString(thread.resolve("comm")).trim();
                } catch (IOException gone) {
                    continue;
                }
                if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                    long[] stat = stat(thread.resolve("stat"));
                    if (stat != null) {
                        ticks += stat[0] + stat[1];
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ticks * NANOS_PER_TICK;
    }

    private static String command(long pid) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(pid), "comm")).trim();
        } catch (IOException | UncheckedIOException gone) {
            return "";
        }
    }

    /** utime, stime, cutime, cstime, ppid; null when the process has ended. */
    private static long[] stat(long pid) {
        return stat(Path.of("/proc", String.valueOf(pid), "stat"));
    }

    /** The same fields of a process's or a thread's stat file. */
    private static long[] stat(Path file) {
        String line;
        try {
            line = Files.readString(file);
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IOException e) {
            return null;
        }
        // the command in parentheses may contain spaces: fields are counted after its closing parenthesis
        String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
        // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15, cutime 16, cstime 17
        return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                Long.parseLong(fields[14]), Long.parseLong(fields[1])};
    }
}
