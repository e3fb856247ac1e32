// The Java harness (protocol v3, see PROTOCOL.md). Compiled on its own, once per JDK (it reaches the
// person's Solution only through reflection), and put first on the child JVM's class path. Reads its
// config from a file it deletes before any judged code loads, takes one case at a time from the cases
// channel and answers on the token-tagged results channel. It never sees expected answers: the parent
// compares.
//
// Values are decoded from the wire format (1 or 2, plain JSON too) into the types the person's method
// declares, guided by the drill's signature (sent in the config): `list<int>` reaches an `int[]` or a
// `List<Integer>` parameter alike. Results are encoded from what the method returned.
import java.io.*;
import java.lang.reflect.*;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.*;

final class DrillsHarness {
    private DrillsHarness() {}

    static String TOKEN;
    static OutputStream RESULTS;
    static long CAP;
    static int WIRE = 1;
    static String SOURCE = "Solution.java";
    static final PrintStream REAL_ERR = System.err;
    static Map<String, Object> RECORDS = new HashMap<>();
    static Map<String, Object> JAVA_FIELDS = new HashMap<>();

    // ---- entry -------------------------------------------------------------------------------

    public static void main(String[] argv) throws Exception {
        String cfgPath = argv[argv.length - 1];
        // java.io, not java.nio.file: reading through NIO loaded about 30 file-channel classes that
        // are not in the JVM's class-data archive (85 fewer classes load in a 100-case run).
        byte[] raw;
        try (FileInputStream in = new FileInputStream(cfgPath)) {
            raw = in.readAllBytes();
        }
        Map<String, Object> cfg = obj(Json.parse(new String(raw, StandardCharsets.UTF_8)));
        File cfgFile = new File(cfgPath);
        if (!cfgFile.delete() && cfgFile.exists()) throw new IOException("could not delete " + cfgPath);
        TOKEN = (String) cfg.get("token");
        Map<String, Object> ch = obj(cfg.get("channels"));
        CAP = ((Num) cfg.get("outputCap")).longValue();
        if (cfg.get("wire") instanceof Num) WIRE = (int) ((Num) cfg.get("wire")).longValue();
        if (cfg.get("file") instanceof String) SOURCE = (String) cfg.get("file");
        RESULTS = new FileOutputStream(descriptor(((Num) ch.get("results")).intValue()));
        InputStream cases = new FileInputStream(descriptor(((Num) ch.get("cases")).intValue()));
        InputStream lifeline = new FileInputStream(descriptor(((Num) ch.get("lifeline")).intValue()));
        // Anonymous classes, not lambdas: a JVM's first lambda costs tens of milliseconds at start.
        Thread life = new Thread(new Runnable() {
            @Override public void run() {
                // The parent never writes to this descriptor: end of file means it is gone.
                byte[] b = new byte[64];
                try {
                    while (lifeline.read(b) >= 0) { /* never written */ }
                } catch (IOException ignored) { /* treated as gone */ }
                killTree();
            }
        }, "drills-lifeline");
        life.setDaemon(true);
        life.start();
        Thread main = new Thread(null, new Runnable() {
            @Override public void run() {
                try {
                    DrillsHarness.run(cfg, cases);
                } catch (Throwable t) {
                    REAL_ERR.println("harness failure: " + t);
                    t.printStackTrace(REAL_ERR);
                }
                killTree();
            }
        }, "main", 256L * 1024 * 1024);
        main.start();
        main.join();
    }

    /** An inherited descriptor (Node gives its children socket pairs, which /dev/fd/N cannot open). */
    static FileDescriptor descriptor(int n) throws Exception {
        FileDescriptor d = new FileDescriptor();
        Field f = FileDescriptor.class.getDeclaredField("fd");
        f.setAccessible(true);
        f.setInt(d, n);
        return d;
    }

    /** Stops this process and everything it started. */
    static void killTree() {
        try {
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        } catch (Throwable ignored) { /* halting anyway */ }
        Runtime.getRuntime().halt(137);
    }

    static synchronized void send(String json) {
        try {
            RESULTS.write((TOKEN + " " + json + "\n").getBytes(StandardCharsets.UTF_8));
            RESULTS.flush();
        } catch (IOException ignored) { /* the parent is gone: the lifeline stops us */ }
    }

    // ---- output capture ------------------------------------------------------------------------

    static long printed = 0;

    static final class Capture extends OutputStream {
        final ByteArrayOutputStream buf = new ByteArrayOutputStream();

        @Override public synchronized void write(int b) { write(new byte[] { (byte) b }, 0, 1); }

        @Override public synchronized void write(byte[] b, int off, int len) {
            synchronized (DrillsHarness.class) {
                printed += len;
                if (printed > CAP) {
                    send("{\"t\":\"limit\",\"kind\":\"output\"}");
                    killTree();
                }
            }
            buf.write(b, off, len);
        }

        String text() { return new String(buf.toByteArray(), StandardCharsets.UTF_8); }

        synchronized void reset() { buf.reset(); }
    }

    /** Generic parameter types, read once per method: reflection parses the signature on every call. */
    static final Map<Executable, java.lang.reflect.Type[]> PARAM_TYPES = new HashMap<>();

    static java.lang.reflect.Type[] paramTypes(Executable e) {
        // Not computeIfAbsent with a method reference, whose invokedynamic bootstrap cost the
        // first case about 1-1.5 ms (measured side by side).
        java.lang.reflect.Type[] types = PARAM_TYPES.get(e);
        if (types == null) {
            types = e.getGenericParameterTypes();
            PARAM_TYPES.put(e, types);
        }
        return types;
    }

    // ---- the run -------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static void run(Map<String, Object> cfg, InputStream casesIn) throws Exception {
        Map<String, Object> sig = obj(cfg.get("signature"));
        for (Object r : list(sig.get("records"))) RECORDS.put((String) obj(r).get("name"), r);
        if (cfg.get("javaFields") != null) JAVA_FIELDS = obj(cfg.get("javaFields"));
        boolean isClass = "class".equals(sig.get("kind"));
        String className = isClass ? (String) sig.get("className") : "Solution";
        // One pair of capturing streams for the whole run, emptied before each case (a PrintStream's
        // charset encoder is costly to build a hundred times).
        Capture out = new Capture(), err = new Capture();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        System.setOut(outStream);
        System.setErr(errStream);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        Class<?> cls;
        Map<String, Method> methods = new HashMap<>();
        Constructor<?> ctor = null;
        Map<String, Object> fn = isClass ? null : obj(sig.get("function"));
        try {
            try {
                cls = Class.forName(className, true, DrillsHarness.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                String example = isClass ? "class " + className + " { public " + className + "(…) {…} … }" : "class Solution { public … " + fn.get("name") + "(…) {…} }";
                loadFailed("compile-error", "no class named " + className + " was found: declare it in " + SOURCE + " (for example \"" + example + "\")", null, out, err);
                return;
            }
            if (isClass) {
                int n = list(sig.get("constructorParams")).size();
                for (Constructor<?> c : cls.getDeclaredConstructors()) if (c.getParameterCount() == n) ctor = c;
                if (ctor == null) {
                    loadFailed("compile-error", "class " + className + " has no constructor taking " + n + " argument" + (n == 1 ? "" : "s"), null, out, err);
                    return;
                }
                ctor.setAccessible(true);
                for (Object m : list(sig.get("methods"))) {
                    Map<String, Object> ms = obj(m);
                    Method found = findMethod(cls, (String) ms.get("name"), list(ms.get("params")).size());
                    if (found == null) {
                        loadFailed("compile-error", "class " + className + " has no method " + ms.get("name") + " taking " + list(ms.get("params")).size() + " argument(s)", null, out, err);
                        return;
                    }
                    methods.put((String) ms.get("name"), found);
                }
            } else {
                String name = (String) fn.get("name");
                Method found = findMethod(cls, name, list(fn.get("params")).size());
                if (found == null) {
                    loadFailed("compile-error", "class Solution has no method " + name + " taking " + list(fn.get("params")).size() + " argument(s): declare \"public … " + name + "(…)\" inside class Solution", null, out, err);
                    return;
                }
                methods.put(name, found);
                for (Constructor<?> c : cls.getDeclaredConstructors()) if (c.getParameterCount() == 0) ctor = c;
                if (ctor == null && !Modifier.isStatic(found.getModifiers())) {
                    loadFailed("compile-error", "class Solution needs a constructor without arguments", null, out, err);
                    return;
                }
                if (ctor != null) ctor.setAccessible(true);
            }
        } catch (Throwable t) {
            Throwable c = t instanceof ExceptionInInitializerError && t.getCause() != null ? t.getCause() : t;
            loadFailed(c instanceof OutOfMemoryError ? "memory-limit" : "runtime-error", describe(c), lineOf(c), out, err);
            return;
        }
        send("{\"t\":\"load\",\"ok\":true}");
        BufferedReader cases = new BufferedReader(new InputStreamReader(casesIn, StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = cases.readLine()) != null) {
            Map<String, Object> c;
            try {
                Object parsed = Json.parse(line);
                if (!(parsed instanceof Map)) continue;
                c = obj(parsed);
            } catch (RuntimeException e) {
                continue;
            }
            if (!"case".equals(c.get("t")) || !(c.get("i") instanceof Num)) continue;
            long i = ((Num) c.get("i")).longValue();
            out.reset();
            err.reset();
            synchronized (DrillsHarness.class) { printed = 0; }
            System.setOut(outStream);
            System.setErr(errStream);
            boolean timed = Boolean.TRUE.equals(c.get("timed"));
            // The parent times this case between "ready" and "returned": a timed case, or one sent alone.
            boolean watched = timed || Boolean.TRUE.equals(c.get("clock"));
            try {
                String encoded;
                String type = String.valueOf(c.get("type"));
                if (type.equals("call")) {
                    Method m = methods.get((String) fn.get("name"));
                    // A timed case may ask for several calls in one timing (reps), each on its own
                    // decoded arguments and its own Solution, all made before "ready"; the value
                    // reported is the last call's.
                    int reps = timed && c.get("reps") instanceof Num ? (int) Math.max(1, Math.min(1_000_000, ((Num) c.get("reps")).longValue())) : 1;
                    Object[][] sets = new Object[reps][];
                    Object[] targets = new Object[reps];
                    for (int k = 0; k < reps; k++) {
                        sets[k] = decodeArgs(list(fn.get("params")), paramTypes(m), list(c.get("args")));
                        targets[k] = Modifier.isStatic(m.getModifiers()) ? null : ctor.newInstance();
                    }
                    if (watched) ready(i, timed, cases);
                    Object value = null;
                    for (int k = 0; k < reps; k++) value = invoke(m, targets[k], sets[k]);
                    if (watched) send("{\"t\":\"returned\",\"i\":" + i + "}");
                    StringBuilder sb = new StringBuilder();
                    encode(sb, value, obj(fn.get("returns")), 0);
                    encoded = sb.toString();
                } else if (type.equals("ops")) {
                    List<Object> ops = list(c.get("ops"));
                    List<Object> argLists = list(c.get("args"));
                    Object[][] decoded = new Object[ops.size()][];
                    Method[] calls = new Method[ops.size()];
                    decoded[0] = decodeArgs(list(sig.get("constructorParams")), paramTypes(ctor), list(argLists.get(0)));
                    Map<String, Object>[] sigs = new Map[ops.size()];
                    for (int k = 1; k < ops.size(); k++) {
                        String op = String.valueOf(ops.get(k));
                        calls[k] = methods.get(op);
                        if (calls[k] == null) throw new IllegalArgumentException("the class has no method \"" + op + "\"");
                        for (Object ms : list(sig.get("methods"))) if (op.equals(obj(ms).get("name"))) sigs[k] = obj(ms);
                        decoded[k] = decodeArgs(list(sigs[k].get("params")), paramTypes(calls[k]), list(argLists.get(k)));
                    }
                    if (watched) ready(i, timed, cases);
                    Object instance;
                    try {
                        instance = ctor.newInstance(decoded[0]);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    Object[] results = new Object[ops.size()];
                    for (int k = 1; k < ops.size(); k++) results[k] = invoke(calls[k], instance, decoded[k]);
                    if (watched) send("{\"t\":\"returned\",\"i\":" + i + "}");
                    StringBuilder sb = new StringBuilder("[null");
                    for (int k = 1; k < ops.size(); k++) {
                        sb.append(',');
                        encode(sb, results[k], obj(sigs[k].get("returns")), 0);
                    }
                    encoded = sb.append(']').toString();
                } else {
                    throw new IllegalArgumentException("the Java harness cannot run a \"" + type + "\" case");
                }
                System.out.flush();
                System.err.flush();
                send("{\"t\":\"result\",\"i\":" + i + ",\"ok\":true,\"value\":" + encoded + ",\"out\":" + Json.quote(out.text()) + ",\"err\":" + Json.quote(err.text()) + "}");
            } catch (Throwable t) {
                boolean memory = t instanceof OutOfMemoryError;
                Integer ln = lineOf(t);
                send("{\"t\":\"result\",\"i\":" + i + ",\"ok\":false,\"memory\":" + memory + ",\"error\":" + Json.quote(describe(t)) + (ln != null ? ",\"line\":" + ln : "") + ",\"out\":" + Json.quote(out.text()) + ",\"err\":" + Json.quote(err.text()) + "}");
            }
        }
    }

    static Object invoke(Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    static Method findMethod(Class<?> cls, String name, int n) {
        for (Class<?> k = cls; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == n && !m.isSynthetic()) {
                    m.setAccessible(true);
                    return m;
                }
            }
        }
        return null;
    }

    static void ready(long i, boolean timed, BufferedReader cases) throws IOException {
        // A timed case waits for the parent's "go", which starts the parent's clock.
        send("{\"t\":\"ready\",\"i\":" + i + "}");
        while (timed) {
            String line = cases.readLine();
            if (line == null) killTree();
            try {
                Map<String, Object> msg = obj(Json.parse(line));
                if ("go".equals(msg.get("t")) && msg.get("i") instanceof Num && ((Num) msg.get("i")).longValue() == i) return;
            } catch (RuntimeException ignored) { /* not a message */ }
        }
    }

    static void loadFailed(String kind, String error, Integer line, Capture out, Capture err) {
        send("{\"t\":\"load\",\"ok\":false,\"kind\":\"" + kind + "\",\"error\":" + Json.quote(error) + (line != null ? ",\"line\":" + line : "") + ",\"out\":" + Json.quote(out.text()) + ",\"err\":" + Json.quote(err.text()) + "}");
    }

    static String describe(Throwable t) {
        String name = t.getClass().getName();
        if (name.startsWith("java.lang.") || name.startsWith("java.util.")) name = t.getClass().getSimpleName();
        String msg = t.getMessage();
        return msg == null || msg.isEmpty() ? name : name + ": " + msg;
    }

    /** The line in the person's file closest to where the exception was thrown. */
    static Integer lineOf(Throwable t) {
        for (Throwable x = t; x != null; x = x.getCause()) {
            for (StackTraceElement e : x.getStackTrace()) if (SOURCE.equals(e.getFileName()) && e.getLineNumber() > 0) return e.getLineNumber();
            if (x.getCause() == x) break;
        }
        return null;
    }

    // ---- decoding: wire value + declared type + the Java type the person wrote -----------------

    static Object[] decodeArgs(List<Object> params, java.lang.reflect.Type[] targets, List<Object> values) {
        Object[] out = new Object[targets.length];
        for (int k = 0; k < targets.length; k++) {
            Map<String, Object> p = obj(params.get(k));
            out[k] = decode(k < values.size() ? values.get(k) : null, obj(p.get("type")), targets[k]);
        }
        return out;
    }

    /** Removes wire tags that only say what a value is ($int, $big, $float, $obj, $map, $set). */
    static Object untag(Object v) {
        if (!(v instanceof Map)) return v;
        Map<String, Object> m = obj(v);
        Object tag = m.get("$");
        if (!(tag instanceof String)) return v;
        switch ((String) tag) {
            case "int": case "big": case "float": return new Num(String.valueOf(m.get("v")));
            case "NaN": return new Num("NaN");
            case "Inf": return new Num("Infinity");
            case "-Inf": return new Num("-Infinity");
            case "-0": return new Num("-0.0");
            case "undef": return null;
            case "obj": return new Pairs(obj(m.get("v")));
            case "map": {
                LinkedHashMap<Object, Object> out = new LinkedHashMap<>();
                for (Object pair : list(m.get("v"))) out.put(list(pair).get(0), list(pair).get(1));
                return new Pairs(out);
            }
            case "set": return list(m.get("v"));
            default: return v;
        }
    }

    static Map<Object, Object> entries(Object v) {
        if (v instanceof Pairs) return ((Pairs) v).map;
        if (v instanceof Map) return new LinkedHashMap<>(obj(v));
        throw new IllegalArgumentException("expected a map, got " + Json.describe(v));
    }

    static Class<?> raw(java.lang.reflect.Type t) {
        if (t instanceof Class) return (Class<?>) t;
        if (t instanceof ParameterizedType) return (Class<?>) ((ParameterizedType) t).getRawType();
        if (t instanceof GenericArrayType) return Array.newInstance(raw(((GenericArrayType) t).getGenericComponentType()), 0).getClass();
        if (t instanceof WildcardType) return raw(((WildcardType) t).getUpperBounds()[0]);
        return Object.class;
    }

    static java.lang.reflect.Type typeArg(java.lang.reflect.Type t, int k) {
        if (t instanceof ParameterizedType) return ((ParameterizedType) t).getActualTypeArguments()[k];
        return Object.class;
    }

    static java.lang.reflect.Type component(java.lang.reflect.Type t) {
        if (t instanceof GenericArrayType) return ((GenericArrayType) t).getGenericComponentType();
        return raw(t).getComponentType();
    }

    static Object decode(Object wire, Map<String, Object> type, java.lang.reflect.Type target) {
        Object v = untag(wire);
        String kind = (String) type.get("kind");
        Class<?> cls = raw(target);
        if (kind.equals("nullable")) return v == null ? null : decode(v, obj(type.get("inner")), target);
        if (v == null) {
            if (cls.isPrimitive()) throw new IllegalArgumentException("null for a " + cls.getName() + " parameter");
            return null;
        }
        switch (kind) {
            case "int": case "long": case "float": {
                Num n = num(v);
                if (cls == int.class || cls == Integer.class) return n.intValue();
                if (cls == long.class || cls == Long.class) return n.longValue();
                if (cls == double.class || cls == Double.class) return n.doubleValue();
                if (cls == float.class || cls == Float.class) return (float) n.doubleValue();
                if (cls == short.class || cls == Short.class) return (short) n.intValue();
                if (cls == BigInteger.class) return new BigInteger(n.text);
                return kind.equals("int") ? (Object) n.intValue() : kind.equals("long") ? (Object) n.longValue() : (Object) n.doubleValue();
            }
            case "bool":
                if (!(v instanceof Boolean)) throw new IllegalArgumentException("expected a bool, got " + Json.describe(v));
                return v;
            case "string":
                if (!(v instanceof String)) throw new IllegalArgumentException("expected a string, got " + Json.describe(v));
                if ((cls == char.class || cls == Character.class) && ((String) v).length() == 1) return ((String) v).charAt(0);
                return v;
            case "json": return plain(v);
            case "list": case "set": case "tuple": {
                List<Object> items = list(v);
                int n = items.size();
                if (cls.isArray()) {
                    java.lang.reflect.Type comp = component(target);
                    Object arr = Array.newInstance(raw(comp), n);
                    for (int k = 0; k < n; k++) Array.set(arr, k, decode(items.get(k), elementType(type, k), comp));
                    return arr;
                }
                java.lang.reflect.Type el = typeArg(target, 0);
                Collection<Object> out = kind.equals("set") || Set.class.isAssignableFrom(cls) ? (cls == TreeSet.class || cls == SortedSet.class || cls == NavigableSet.class ? new TreeSet<>() : new LinkedHashSet<>()) : (cls == LinkedList.class || cls == Deque.class || cls == Queue.class ? new LinkedList<>() : cls == ArrayDeque.class ? new ArrayDeque<>() : new ArrayList<>(n));
                for (int k = 0; k < n; k++) out.add(decode(items.get(k), elementType(type, k), el));
                return out;
            }
            case "map": {
                Map<Object, Object> out = cls == TreeMap.class || cls == SortedMap.class || cls == NavigableMap.class ? new TreeMap<>() : new LinkedHashMap<>();
                Map<String, Object> kt = obj(type.get("key"));
                for (Map.Entry<Object, Object> e : entries(v).entrySet()) {
                    Object key = e.getKey();
                    // Wire format 1 sends every key as a string: read it back as the declared key type.
                    if (key instanceof String && !"string".equals(kt.get("kind"))) key = new Num((String) key);
                    out.put(decode(key, kt, typeArg(target, 0)), decode(e.getValue(), obj(type.get("value")), typeArg(target, 1)));
                }
                return out;
            }
            case "record": return decodeRecord(v, (String) type.get("name"), cls);
            default: throw new IllegalArgumentException("cannot decode a " + kind);
        }
    }

    static Map<String, Object> elementType(Map<String, Object> type, int k) {
        if ("tuple".equals(type.get("kind"))) return obj(list(type.get("items")).get(k));
        return obj(type.get("element"));
    }

    static Object decodeRecord(Object v, String name, Class<?> cls) {
        try {
            if (cls == Object.class) cls = Class.forName(name);
            Map<Object, Object> fields = entries(v);
            Constructor<?> c = cls.getDeclaredConstructor();
            c.setAccessible(true);
            Object inst = c.newInstance();
            Map<String, Object> rename = JAVA_FIELDS.get(name) == null ? Map.of() : obj(JAVA_FIELDS.get(name));
            for (Object fo : list(obj(RECORDS.get(name)).get("fields"))) {
                Map<String, Object> f = obj(fo);
                String fname = (String) f.get("name");
                Field field = cls.getDeclaredField(rename.containsKey(fname) ? (String) rename.get(fname) : fname);
                field.setAccessible(true);
                field.set(inst, decode(fields.get(fname), obj(f.get("type")), field.getGenericType()));
            }
            return inst;
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot build a " + name + ": " + e);
        }
    }

    /** A `json` value as plain Java data: Long or Double, String, Boolean, List, Map<String, Object>. */
    static Object plain(Object wire) {
        Object v = untag(wire);
        if (v instanceof Num) {
            Num n = (Num) v;
            return n.integral() ? (Object) n.longValue() : (Object) n.doubleValue();
        }
        if (v instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object x : list(v)) out.add(plain(x));
            return out;
        }
        if (v instanceof Pairs || v instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<Object, Object> e : entries(v).entrySet()) out.put(String.valueOf(e.getKey()), plain(e.getValue()));
            return out;
        }
        return v;
    }

    static Num num(Object v) {
        if (v instanceof Num) return (Num) v;
        throw new IllegalArgumentException("expected a number, got " + Json.describe(v));
    }

    // ---- encoding ------------------------------------------------------------------------------

    static final long MAX_SAFE = 9007199254740991L;

    static void encodeInteger(StringBuilder sb, String digits, boolean safe) {
        if (safe) sb.append(digits);
        else sb.append(WIRE >= 2 ? "{\"$\":\"int\",\"v\":\"" : "{\"$\":\"big\",\"v\":\"").append(digits).append("\"}");
    }

    static void encodeDouble(StringBuilder sb, double d) {
        if (Double.isNaN(d)) sb.append("{\"$\":\"NaN\"}");
        else if (Double.isInfinite(d)) sb.append(d > 0 ? "{\"$\":\"Inf\"}" : "{\"$\":\"-Inf\"}");
        else if (d == 0 && 1 / d < 0) sb.append("{\"$\":\"-0\"}");
        else {
            String s = Double.toString(d);
            if (WIRE >= 2 && d == Math.rint(d)) sb.append("{\"$\":\"float\",\"v\":\"").append(s).append("\"}");
            else sb.append(s);
        }
    }

    static Map<String, Object> inner(Map<String, Object> type, String field) {
        return type != null && type.get(field) != null ? obj(type.get(field)) : null;
    }

    static void encode(StringBuilder sb, Object v, Map<String, Object> type, int depth) {
        if (depth > 100000) throw new IllegalStateException("the returned value is nested too deeply");
        if (type != null && "nullable".equals(type.get("kind"))) type = inner(type, "inner");
        String kind = type == null ? "" : (String) type.get("kind");
        if (v == null) sb.append("null");
        else if (v instanceof Boolean) sb.append(v);
        else if (v instanceof Integer || v instanceof Short || v instanceof Byte) sb.append(v);
        else if (v instanceof Long) {
            long x = (Long) v;
            encodeInteger(sb, Long.toString(x), -MAX_SAFE <= x && x <= MAX_SAFE);
        } else if (v instanceof BigInteger) {
            BigInteger b = (BigInteger) v;
            encodeInteger(sb, b.toString(), b.abs().compareTo(BigInteger.valueOf(MAX_SAFE)) <= 0);
        } else if (v instanceof Double || v instanceof Float) encodeDouble(sb, ((Number) v).doubleValue());
        else if (v instanceof String) Json.quote(sb, (String) v);
        else if (v instanceof Character) Json.quote(sb, v.toString());
        else if (v.getClass().isArray()) {
            int n = Array.getLength(v);
            sb.append('[');
            if (v instanceof int[]) {
                int[] a = (int[]) v;
                for (int k = 0; k < n; k++) {
                    if (k > 0) sb.append(',');
                    sb.append(a[k]);
                }
            } else {
                for (int k = 0; k < n; k++) {
                    if (k > 0) sb.append(',');
                    encode(sb, Array.get(v, k), itemType(type, k), depth + 1);
                }
            }
            sb.append(']');
        } else if (v instanceof Collection) {
            Collection<?> c = (Collection<?>) v;
            boolean set = "set".equals(kind) || (type == null && v instanceof Set);
            List<Object> items = new ArrayList<>(c);
            if (set && WIRE < 2) items.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
            sb.append(set && WIRE >= 2 ? "{\"$\":\"set\",\"v\":[" : "[");
            for (int k = 0; k < items.size(); k++) {
                if (k > 0) sb.append(',');
                encode(sb, items.get(k), itemType(type, k), depth + 1);
            }
            sb.append(set && WIRE >= 2 ? "]}" : "]");
        } else if (v instanceof Map) {
            Map<String, Object> kt = inner(type, "key"), vt = inner(type, "value");
            boolean first = true;
            if (WIRE >= 2) {
                sb.append("{\"$\":\"map\",\"v\":[");
                for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                    if (!first) sb.append(',');
                    first = false;
                    sb.append('[');
                    encode(sb, e.getKey(), kt, depth + 1);
                    sb.append(',');
                    encode(sb, e.getValue(), vt, depth + 1);
                    sb.append(']');
                }
                sb.append("]}");
            } else {
                sb.append("{\"$\":\"obj\",\"v\":{");
                for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                    if (!first) sb.append(',');
                    first = false;
                    Json.quote(sb, String.valueOf(e.getKey()));
                    sb.append(':');
                    encode(sb, e.getValue(), vt, depth + 1);
                }
                sb.append("}}");
            }
        } else if ("record".equals(kind) || RECORDS.containsKey(v.getClass().getName())) {
            encodeRecord(sb, v, RECORDS.containsKey(v.getClass().getName()) ? v.getClass().getName() : (String) type.get("name"), depth);
        } else {
            sb.append("{\"$\":\"repr\",\"v\":");
            String s = String.valueOf(v);
            Json.quote(sb, s.length() > 300 ? s.substring(0, 300) : s);
            sb.append('}');
        }
    }

    static Map<String, Object> itemType(Map<String, Object> type, int k) {
        if (type == null) return null;
        if ("tuple".equals(type.get("kind"))) {
            List<Object> items = list(type.get("items"));
            return k < items.size() ? obj(items.get(k)) : null;
        }
        return inner(type, "element");
    }

    static void encodeRecord(StringBuilder sb, Object v, String name, int depth) {
        Map<String, Object> rename = JAVA_FIELDS.get(name) == null ? Map.of() : obj(JAVA_FIELDS.get(name));
        sb.append(WIRE >= 2 ? "{\"$\":\"map\",\"v\":[" : "{\"$\":\"obj\",\"v\":{");
        boolean first = true;
        for (Object fo : list(obj(RECORDS.get(name)).get("fields"))) {
            Map<String, Object> f = obj(fo);
            String fname = (String) f.get("name");
            Object value;
            try {
                Field field = v.getClass().getDeclaredField(rename.containsKey(fname) ? (String) rename.get(fname) : fname);
                field.setAccessible(true);
                value = field.get(v);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read field " + fname + " of " + name + ": " + e);
            }
            if (value == null && Boolean.TRUE.equals(f.get("optional"))) continue;
            if (!first) sb.append(',');
            first = false;
            if (WIRE >= 2) sb.append('[');
            Json.quote(sb, fname);
            sb.append(WIRE >= 2 ? "," : ":");
            encode(sb, value, obj(f.get("type")), depth + 1);
            if (WIRE >= 2) sb.append(']');
        }
        sb.append(WIRE >= 2 ? "]}" : "}}");
    }

    // ---- JSON ----------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(Object o) {
        if (o instanceof Map) return (Map<String, Object>) o;
        throw new IllegalArgumentException("expected an object, got " + Json.describe(o));
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        if (o == null) return new ArrayList<>();
        if (o instanceof List) return (List<Object>) o;
        throw new IllegalArgumentException("expected a list, got " + Json.describe(o));
    }

    /** A JSON number kept as its text, so integers of any size decode exactly. */
    static final class Num {
        final String text;
        Num(String text) { this.text = text; }
        boolean integral() { return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0 && !text.contains("Inf") && !text.equals("NaN"); }
        long longValue() { return integral() ? Long.parseLong(text) : new BigDecimal(text).longValueExact(); }
        int intValue() { return Math.toIntExact(longValue()); }
        double doubleValue() { return Double.parseDouble(text); }
        @Override public String toString() { return text; }
    }

    /** A map as the wire gave it (tagged), keys not yet decoded. */
    static final class Pairs {
        final Map<Object, Object> map;
        @SuppressWarnings("unchecked") Pairs(Map<?, ?> map) { this.map = (Map<Object, Object>) map; }
    }

    static final class Json {
        private final String s;
        private int p;

        private Json(String s) { this.s = s; }

        static Object parse(String s) {
            Json j = new Json(s);
            j.ws();
            Object v = j.value();
            j.ws();
            if (j.p != s.length()) throw new IllegalArgumentException("trailing characters in JSON");
            return v;
        }

        static String describe(Object v) {
            if (v == null) return "null";
            if (v instanceof Num) return "the number " + v;
            if (v instanceof String) return "a string";
            if (v instanceof Boolean) return "a bool";
            if (v instanceof List) return "a list";
            return "an object";
        }

        private void ws() {
            while (p < s.length()) {
                char c = s.charAt(p);
                if (c == ' ' || c == '\n' || c == '\r' || c == '\t') p++;
                else break;
            }
        }

        private Object value() {
            if (p >= s.length()) throw new IllegalArgumentException("unexpected end of JSON");
            char c = s.charAt(p);
            switch (c) {
                case '{': {
                    p++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (s.charAt(p) == '}') { p++; return m; }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        expect(':');
                        ws();
                        m.put(k, value());
                        ws();
                        if (s.charAt(p) == ',') { p++; continue; }
                        expect('}');
                        return m;
                    }
                }
                case '[': {
                    p++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (s.charAt(p) == ']') { p++; return l; }
                    while (true) {
                        ws();
                        l.add(value());
                        ws();
                        if (s.charAt(p) == ',') { p++; continue; }
                        expect(']');
                        return l;
                    }
                }
                case '"': return string();
                case 't': word("true"); return Boolean.TRUE;
                case 'f': word("false"); return Boolean.FALSE;
                case 'n': word("null"); return null;
                default: {
                    int start = p;
                    while (p < s.length() && "+-0123456789.eE".indexOf(s.charAt(p)) >= 0) p++;
                    if (start == p) throw new IllegalArgumentException("unexpected '" + c + "' in JSON");
                    return new Num(s.substring(start, p));
                }
            }
        }

        private void expect(char c) {
            if (p >= s.length() || s.charAt(p) != c) throw new IllegalArgumentException("expected '" + c + "' in JSON");
            p++;
        }

        private void word(String w) {
            if (!s.startsWith(w, p)) throw new IllegalArgumentException("bad JSON literal");
            p += w.length();
        }

        private String string() {
            expect('"');
            StringBuilder sb = null;
            int start = p;
            while (true) {
                char c = s.charAt(p);
                if (c == '"') {
                    String out = sb == null ? s.substring(start, p) : sb.append(s, start, p).toString();
                    p++;
                    return out;
                }
                if (c == '\\') {
                    if (sb == null) sb = new StringBuilder();
                    sb.append(s, start, p);
                    char e = s.charAt(p + 1);
                    p += 2;
                    switch (e) {
                        case 'n': sb.append('\n'); break;
                        case 't': sb.append('\t'); break;
                        case 'r': sb.append('\r'); break;
                        case 'b': sb.append('\b'); break;
                        case 'f': sb.append('\f'); break;
                        case 'u': sb.append((char) Integer.parseInt(s.substring(p, p + 4), 16)); p += 4; break;
                        default: sb.append(e);
                    }
                    start = p;
                } else p++;
            }
        }

        static String quote(String s) {
            StringBuilder sb = new StringBuilder(s.length() + 2);
            quote(sb, s);
            return sb.toString();
        }

        static void quote(StringBuilder sb, String s) {
            sb.append('"');
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                switch (c) {
                    case '"': sb.append("\\\""); break;
                    case '\\': sb.append("\\\\"); break;
                    case '\n': sb.append("\\n"); break;
                    case '\r': sb.append("\\r"); break;
                    case '\t': sb.append("\\t"); break;
                    default:
                        // Control characters and surrogates travel escaped: a lone surrogate survives.
                        if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) sb.append(String.format("\\u%04x", (int) c));
                        else sb.append(c);
                }
            }
            sb.append('"');
        }
    }
}
