#!/usr/bin/env python3
"""An OTLP/HTTP endpoint for the benchmark that answers like a collector (200, empty protobuf body) and counts
what arrives: requests, bytes and items per signal (spans, metric data points, log records).
GET /counts returns the counters as one JSON object. Usage: otlp-receiver.py PORT [ANSWER]
ANSWER plays a failing collector: 503 or 429 (counted, then refused with that status), or "hang" (read, then no
answer for 60 s: longer than the exporter's timeout); 200 by default. PUT /answer with one of those as its body
changes the answer of the exports that arrive from then on (the benchmark's collector-cycle variant)."""
import gzip
import http.server
import json
import sys
import threading
import time

LOCK = threading.Lock()
COUNTS = {s: {"requests": 0, "bytes": 0, "items": 0} for s in ("traces", "metrics", "logs")}
ANSWER = sys.argv[2] if len(sys.argv) > 2 else "200"


def fields(buf):
    """Yields (field number, wire type, value) of one protobuf message; length-delimited values as bytes."""
    i, n = 0, len(buf)
    while i < n:
        key, i = varint(buf, i)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, i = varint(buf, i)
        elif wire == 1:
            value, i = buf[i:i + 8], i + 8
        elif wire == 2:
            length, i = varint(buf, i)
            value, i = buf[i:i + length], i + length
        elif wire == 5:
            value, i = buf[i:i + 4], i + 4
        else:
            raise ValueError("wire type %d" % wire)
        yield number, wire, value


def varint(buf, i):
    shift = result = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, i
        shift += 7


def children(message, number):
    return [v for f, w, v in fields(message) if f == number and w == 2]


def count_spans(body):
    # ExportTraceServiceRequest.resource_spans(1) -> ResourceSpans.scope_spans(2) -> ScopeSpans.spans(2)
    return sum(len(children(ss, 2)) for rs in children(body, 1) for ss in children(rs, 2))


def count_logs(body):
    # ExportLogsServiceRequest.resource_logs(1) -> scope_logs(2) -> log_records(2)
    return sum(len(children(sl, 2)) for rl in children(body, 1) for sl in children(rl, 2))


def count_points(body):
    # resource_metrics(1) -> scope_metrics(2) -> metrics(2) -> gauge(5)/sum(7)/histogram(9)/exp(10)/summary(11) -> data_points(1)
    total = 0
    for rm in children(body, 1):
        for sm in children(rm, 2):
            for metric in children(sm, 2):
                for f, w, data in fields(metric):
                    if w == 2 and f in (5, 7, 9, 10, 11):
                        total += len(children(data, 1))
    return total


COUNTERS = {"/v1/traces": ("traces", count_spans), "/v1/metrics": ("metrics", count_points),
            "/v1/logs": ("logs", count_logs)}


class Receiver(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = gzip.decompress(raw) if self.headers.get("Content-Encoding") == "gzip" else raw
        signal, counter = COUNTERS.get(self.path, (None, None))
        if signal:
            items = counter(body)
            with LOCK:
                COUNTS[signal]["requests"] += 1
                COUNTS[signal]["bytes"] += len(raw)
                COUNTS[signal]["items"] += items
        if signal and ANSWER == "hang":
            time.sleep(60)
            self.close_connection = True
            return
        self.send_response((200 if ANSWER == "200" else int(ANSWER)) if signal else 404)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_PUT(self):
        global ANSWER
        answer = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode().strip()
        ok = self.path == "/answer" and answer in ("200", "429", "503", "hang")
        if ok:
            ANSWER = answer
        self.send_response(204 if ok else 400)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        with LOCK:
            answer = json.dumps(COUNTS).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Receiver).serve_forever()
