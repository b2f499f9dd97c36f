#!/usr/bin/env python3
"""Where a JFR recording's CPU samples go, by component (cli/README.md, "Where the time goes").

usage: cli/jfr-summary.py RECORDING.jfr...   (needs the JDK's jfr on PATH or under $JAVA_HOME/bin)

Each jdk.ExecutionSample is charged to the component of its leaf-most recognised frame (self time); the
first own frame (org.disclosure...) on each stack is counted too.
"""
import collections, os, re, shutil, subprocess, sys

JFR = shutil.which('jfr') or os.path.join(os.environ.get('JAVA_HOME', '/usr'), 'bin', 'jfr')
COMPONENTS = [
    ('JWT signature check (RSA, BigInteger)', r'java\.math\.BigInteger|sun\.security\.rsa|jose4j|smallrye\.jwt'),
    ('parser (org.disclosure.parser)', r'org\.disclosure\.parser'),
    ('rules (org.disclosure.rules)', r'org\.disclosure\.rules'),
    ('JSON (Jackson)', r'com\.fasterxml\.jackson'),
    ('Hibernate Reactive', r'org\.hibernate'),
    ('PostgreSQL client (Vert.x)', r'io\.vertx\.pgclient|io\.vertx\.sqlclient'),
    ('Kafka broker', r'^kafka\.|org\.apache\.kafka\.storage|org\.apache\.kafka\.server'),
    ('Kafka client', r'org\.apache\.kafka'),
    ('HTTP server (Vert.x, RESTEasy Reactive)', r'org\.jboss\.resteasy\.reactive|io\.vertx\.core\.http'),
    ('OIDC / security', r'io\.quarkus\.oidc|io\.quarkus\.security'),
    ('logging', r'org\.jboss\.logmanager|io\.quarkus\.logging'),
    ('metrics (Micrometer)', r'io\.micrometer'),
]


def summarise(recording):
    out = subprocess.run([JFR, 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '100', recording],
                         capture_output=True, text=True, check=True).stdout
    samples, leaf, own = 0, collections.Counter(), collections.Counter()
    for event in out.split('jdk.ExecutionSample')[1:]:
        frames = re.findall(r'^\s+([\w$.<>]+\.[\w$<>]+)\(', event, re.M)
        if not frames:
            continue
        samples += 1
        component = 'JDK / other'
        for frame in frames:
            hit = next((name for name, pattern in COMPONENTS if re.search(pattern, frame)), None)
            if hit:
                component = hit
                break
        leaf[component] += 1
        first = next((f for f in frames if f.startswith('org.disclosure')), None)
        if first:
            own[first] += 1
    print(f'{recording}: {samples} samples')
    for name, n in leaf.most_common(8):
        print(f'  {100 * n / samples:5.1f}%  {name}')
    print('  first own frame on the stack:')
    for name, n in own.most_common(5):
        print(f'  {100 * n / samples:5.1f}%  {name}')


for path in sys.argv[1:]:
    summarise(path)
