import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top frames of a JDK Flight Recorder recording's CPU samples ({@code jdk.ExecutionSample}): the methods the
 * samples were in (self), and the methods on their stacks (total: a method counted once per sample however deep its
 * recursion). Only the samples whose stack holds a frame matching FILTER (a regular expression on
 * {@code class.method}) are counted, so that a recording taken under load can be read for one request path.
 *
 * <pre>java config/bench/JfrTop.java RECORDING [FILTER] [ROWS] [HOT [DEPTH]]</pre>
 *
 * With HOT (a regular expression on {@code class.method}), it also prints the commonest call paths, DEPTH frames deep
 * (8 unless told), that lead to the samples whose own frame matches HOT: who calls the hot method.
 *
 * Record with a stack depth that reaches the request's entry point (the server's default of 64 frames does not):
 * start the server with {@code -XX:FlightRecorderOptions=stackdepth=256}, then
 * {@code jcmd <pid> JFR.start duration=30s filename=x.jfr settings=profile}.
 */
public final class JfrTop {

    public static void main(String[] args) throws Exception {
        Path recording = Path.of(args[0]);
        Pattern filter = Pattern.compile(args.length > 1 ? args[1] : ".*");
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Pattern hot = args.length > 3 ? Pattern.compile(args[3]) : null;
        int depth = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        Map<String, Integer> paths = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        int all = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            all++;
            var frames = event.getStackTrace().getFrames();
            Predicate<RecordedFrame> matches = f -> filter.matcher(name(f)).find();
            if (frames.isEmpty() || frames.stream().noneMatch(matches)) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            if (hot != null && hot.matcher(name(frames.get(0))).find()) {
                StringBuilder path = new StringBuilder();
                for (int i = 0; i < Math.min(depth, frames.size()); i++) {
                    path.append("\n        ").append(name(frames.get(i))).append(':').append(frames.get(i).getLineNumber());
                }
                paths.merge(path.toString(), 1, Integer::sum);
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                if (seen.add(name(frame))) {
                    total.merge(name(frame), 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d of %d CPU samples match %s%n", samples, all, filter);
        print("self", self, samples, rows);
        print("total", total, samples, rows);
        if (hot != null) {
            print("paths to " + hot, paths, samples, rows);
        }
    }

    private static String name(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        return method.getType().getName() + "." + method.getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int rows) {
        System.out.printf("%n%-6s %6s  %s%n", title, "%", "frame");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(rows)
                .forEach(e -> System.out.printf("%6d %5.1f%%  %s%n", e.getValue(), 100.0 * e.getValue() / samples,
                        e.getKey()));
    }
}
