# Sourced by the top-level scripts: finds a JDK that can build and run the product.
#
# Search order: $JAVA_HOME, the `java` on PATH, then the usual JVM folders. The first JDK
# (with javac) of release 21 or newer wins; the chosen one is exported as JAVA_HOME.

TRAVELCRM_MIN_JAVA=21

travelcrm_java_release() {
  # Prints the feature release of the JDK in folder $1 (e.g. 25), or nothing.
  local home=$1 line
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    line=$(grep '^JAVA_VERSION=' "$home/release" | head -n 1)
    line=${line#JAVA_VERSION=\"}
  else
    line=$("$home/bin/java" -version 2>&1 | head -n 1 | sed -E 's/.*version "([^"]+)".*/\1/')
  fi
  line=${line#1.}
  echo "${line%%[.\"+-]*}"
}

travelcrm_find_jdk() {
  local candidates=() home release
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    candidates+=("$home")
  fi
  for home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$home" ] && candidates+=("$home")
  done
  for home in "${candidates[@]}"; do
    release=$(travelcrm_java_release "$home")
    if [ -n "$release" ] && [ "$release" -ge "$TRAVELCRM_MIN_JAVA" ] 2>/dev/null; then
      export JAVA_HOME=$home
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  {
    echo "error: Travel CRM Workbench needs a JDK (with javac) of release $TRAVELCRM_MIN_JAVA or newer."
    echo "Looked at: \$JAVA_HOME (${JAVA_HOME:-unset}), the java on PATH, /usr/lib/jvm, /usr/java, /opt."
    echo "Install one (for example the Debian package openjdk-21-jdk) or point JAVA_HOME at it."
  } >&2
  return 1
}

travelcrm_huge_pages() {
  # Prints the Java option that puts the heap on transparent huge pages where the Linux kernel
  # hands them to programs that ask ("always" or "madvise"), and nothing elsewhere. A large
  # agency is a few hundred megabytes of small objects; on 2 MB pages the processor finds them
  # with fewer page-table walks, which makes loading and saving it a few per cent faster.
  case $(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null) in
    *"[always]"* | *"[madvise]"*) echo "-XX:+UseTransparentHugePages" ;;
  esac
}
