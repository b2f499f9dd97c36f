# Sourced by ./disclosure and .ci/run: makes JAVA_HOME point at a JDK 21 or newer, or stops with a clear message.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p' | cut -d. -f1; }

if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME" 2>/dev/null || echo 0)" -lt 21 ]; then
  for candidate in ${JAVA_HOME:-} /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate" 2>/dev/null || echo 0)" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      break
    fi
  done
fi
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME" 2>/dev/null || echo 0)" -lt 21 ]; then
  echo "disclosure needs a JDK 21 or newer: set JAVA_HOME to one (found: ${JAVA_HOME:-none}, java $(java_major "${JAVA_HOME:-/usr}" 2>/dev/null || echo '?'))" >&2
  exit 1
fi
export PATH="$JAVA_HOME/bin:$PATH"
