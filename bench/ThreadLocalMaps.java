import com.sun.tools.attach.VirtualMachine;
import java.io.PrintWriter;
import java.lang.instrument.Instrumentation;
import java.lang.ref.Reference;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How full the request threads' thread-local maps of a running server are (docs/performance.md): attaches to the JVM
 * as an agent and writes, for each Liberty executor thread, the table size, its live and stale entries, how far the
 * entries sit from their home slot (every step is a lookup that misses it first: ThreadLocalMap.getEntryAfterMiss),
 * the longest run of taken slots, and the classes of the thread locals and their values summed over those threads.
 * Reads only; run by bench/thread-local-maps.sh, which builds the agent jar.
 */
public final class ThreadLocalMaps {

    public static void main(String[] args) throws Exception { // PID AGENT_JAR OUTPUT_FILE
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        try {
            vm.loadAgent(args[1], Path.of(args[2]).toAbsolutePath().toString());
        } finally {
            vm.detach();
        }
    }

    public static void agentmain(String output, Instrumentation instrumentation) throws Exception {
        instrumentation.redefineModule(Object.class.getModule(), Set.of(), Map.of(),
                Map.of("java.lang", Set.of(ThreadLocalMaps.class.getModule())), Set.of(), Map.of());
        Field threadLocals = accessible(Thread.class, "threadLocals");
        Class<?> mapClass = Class.forName("java.lang.ThreadLocal$ThreadLocalMap");
        Field table = accessible(mapClass, "table");
        Field value = accessible(Class.forName("java.lang.ThreadLocal$ThreadLocalMap$Entry"), "value");
        Field hash = accessible(ThreadLocal.class, "threadLocalHashCode");
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> displaced = new TreeMap<>();
        try (PrintWriter out = new PrintWriter(output)) {
            out.println("thread\ttable\tlive\tstale\tmean probes a lookup\tlongest run");
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                Object map = thread.getName().contains("Executor-thread") ? threadLocals.get(thread) : null;
                if (map == null) {
                    continue;
                }
                Object[] slots = (Object[]) table.get(map);
                int live = 0, stale = 0, run = 0, longestRun = 0;
                long probes = 0;
                for (int i = 0; i < slots.length; i++) {
                    if (slots[i] == null) {
                        run = 0;
                        continue;
                    }
                    longestRun = Math.max(longestRun, ++run);
                    ThreadLocal<?> key = (ThreadLocal<?>) ((Reference<?>) slots[i]).get();
                    if (key == null) {
                        stale++;
                        continue;
                    }
                    live++;
                    int home = hash.getInt(key) & (slots.length - 1);
                    int distance = (i - home + slots.length) & (slots.length - 1);
                    probes += 1 + distance;
                    Object held = value.get(slots[i]);
                    String kind = key.getClass().getName() + " -> " + (held == null ? "null" : held.getClass().getName());
                    kinds.merge(kind, 1, Integer::sum);
                    if (distance > 0) {
                        displaced.merge(kind, distance, Integer::sum);
                    }
                }
                out.printf("%s\t%d\t%d\t%d\t%.2f\t%d%n", thread.getName(), slots.length, live, stale,
                        live == 0 ? 0.0 : (double) probes / live, longestRun);
            }
            out.println();
            out.println("entries\tthread local -> value (all executor threads)");
            kinds.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                    .forEach(kind -> out.println(kind.getValue() + "\t" + kind.getKey()));
            out.println();
            out.println("extra probes\tthread local -> value, summed over executor threads: each is a slot a lookup passes");
            displaced.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                    .forEach(kind -> out.println(kind.getValue() + "\t" + kind.getKey()));
        }
    }

    private static Field accessible(Class<?> owner, String name) throws NoSuchFieldException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
