#!/usr/bin/env python3
"""Where the CPU time goes in a JFR recording (jdk.ExecutionSample): the share of samples per component, counted
once per sample at the leaf-most frame outside the JDK, and the top leaf methods.
Usage: jfr-hotspots.py JFR_TOOL FILE [ROWS]"""
import collections, json, subprocess, sys

jfr, file = sys.argv[1], sys.argv[2]
rows = int(sys.argv[3]) if len(sys.argv) > 3 else 12
out = subprocess.run([jfr, "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample", file],
                     capture_output=True, text=True, check=True).stdout
events = json.loads(out)["recording"]["events"]
JDK = ("java.", "jdk.", "sun.", "javax.crypto.", "com.sun.")
# Components by package prefix, first match wins (most specific first).
COMPONENTS = [
    ("OpenTelemetry Java agent", ("io.opentelemetry.javaagent.",)),
    ("OpenTelemetry export (OTLP marshalling, HTTP)", ("io.opentelemetry.exporter.", "okhttp3.", "okio.")),
    ("OpenTelemetry JDBC wrapper", ("io.opentelemetry.instrumentation.jdbc.",)),
    ("OpenTelemetry SDK and API", ("io.opentelemetry.",)),
    ("Liberty MicroProfile Telemetry", ("io.openliberty.microprofile.telemetry",)),
    ("our telemetry code", ("org.example.observable.telemetry",)),
    ("our application code", ("org.example.observable.",)),
    ("EclipseLink (JPA)", ("org.eclipse.persistence.",)),
    ("PostgreSQL JDBC driver", ("org.postgresql.",)),
    ("Liberty connection pool / JDBC adapter", ("com.ibm.ejs.j2c.", "com.ibm.ws.rsadapter.", "com.ibm.ws.jca.", "com.ibm.ws.connectionpool")),
    ("transactions (JTA)", ("com.ibm.tx.", "com.ibm.ws.tx.", "com.ibm.ws.transaction")),
    ("RESTEasy (JAX-RS)", ("org.jboss.resteasy.",)),
    ("JSON-B / JSON-P", ("org.eclipse.yasson.", "org.eclipse.parsson.", "org.glassfish.json", "jakarta.json.")),
    ("Bean Validation", ("org.hibernate.validator.",)),
    ("CDI (Weld)", ("org.jboss.weld.", "com.ibm.ws.cdi.")),
    ("web container (servlet)", ("com.ibm.ws.webcontainer", "com.ibm.wsspi.webcontainer")),
    ("HTTP/TCP channels", ("com.ibm.ws.http", "com.ibm.ws.genericbnf", "com.ibm.wsspi.genericbnf", "com.ibm.ws.tcpchannel", "com.ibm.ws.channelfw", "com.ibm.io.")),
    ("Liberty logging / trace", ("com.ibm.websphere.ras", "com.ibm.ws.logging", "com.ibm.ejs.ras")),
    ("security", ("com.ibm.ws.security", "com.ibm.ws.webcontainer.security")),
]
# Who asks OpenTelemetry for work: samples whose leaf-most non-JDK frame is OpenTelemetry (or its OkHttp sender),
# by the first frame above it that is neither (its caller: Liberty's HTTP filter, the connection pool metrics,
# EclipseLink through the JDBC wrapper, our code), or by thread when there is none (the export threads).
OTEL = ("io.opentelemetry.", "okhttp3.", "okio.", "kotlin.")
otel_callers = collections.Counter()
by_component, leaf, threads = collections.Counter(), collections.Counter(), collections.Counter()
for e in events:
    frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in e["values"]["stackTrace"]["frames"]]
    leaf[frames[0] if frames else "?"] += 1
    owner = next((f for f in frames if not f.startswith(JDK)), None)
    if owner is not None and owner.startswith(OTEL):
        caller = next((f for f in frames if not f.startswith(JDK + OTEL)), None)
        thread = ((e["values"].get("sampledThread") or {}).get("javaName") or "?").rstrip("0123456789-")
        otel_callers[caller.rsplit(".", 1)[0] if caller else f"thread {thread}"] += 1
    name = "JDK only (GC-free JDK code, I/O, crypto)" if owner is None else next(
        (label for label, prefixes in COMPONENTS if owner.startswith(prefixes)), "other: " + ".".join(owner.split(".")[:3]))
    by_component[name] += 1
    threads[((e["values"].get("sampledThread") or {}).get("javaName") or "?").rstrip("0123456789-")] += 1
total = max(1, len(events))
print(f"{len(events)} execution samples")
print("| component (leaf-most non-JDK frame) | share |\n|---|---|")
for name, c in by_component.most_common(rows):
    print(f"| {name} | {100 * c / total:.1f}% |")
print("\n| OpenTelemetry work, by its caller | share |\n|---|---|")
for name, c in otel_callers.most_common(rows):
    print(f"| `{name}` | {100 * c / total:.1f}% |")
print("\n| thread | share |\n|---|---|")
for name, c in threads.most_common(5):
    print(f"| {name} | {100 * c / total:.1f}% |")
print("\n| top leaf method | share |\n|---|---|")
for name, c in leaf.most_common(rows):
    print(f"| `{name}` | {100 * c / total:.1f}% |")
