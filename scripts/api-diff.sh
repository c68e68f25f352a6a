#!/usr/bin/env bash
# Public API diff: compares the published modules' jars at a base git ref with those of the current
# checkout (the working tree, uncommitted changes included) using japicmp, and writes one Markdown
# report of every binary or source incompatible change.
#
#   scripts/api-diff.sh                 # base = the ref in scripts/api-diff.base
#   scripts/api-diff.sh v0.1.0          # any commit, tag or branch
#   scripts/api-diff.sh --fail [REF]    # exit 1 when there is an incompatible change
#   KEEP_WORKDIR=1 scripts/api-diff.sh  # keep the base tree, its build and the classpaths
#
# Output: target/api-diff/REPORT.md (one section per module: class, member, japicmp's compatibility
# change codes), and japicmp's own XML and HTML reports per module beside it. Exit status: 0, also
# with incompatible changes, unless --fail is given; 2 when a build or japicmp fails.
#
# The default base is the first line of scripts/api-diff.base that is not a comment: edit that file
# (and commit it) to move the baseline, e.g. to the last release tag.
#
# How: the base ref's tree is exported with `git archive` into a temporary folder (so the checkout
# and its git metadata are never touched; the folder is removed on exit), and both trees build only
# the published modules (plus what they need, -am) up to `package`, without tests, doclint, javadoc
# or sources. The same Maven run writes each module's compile classpath, so that japicmp sees the
# exact dependencies of each side (old core under old connectors, new under new). japicmp runs from
# its plain jar on Maven Central through its command line (japicmp.JApiCmp), on a classpath Maven
# resolves: the self-contained "jar-with-dependencies" is not always available on mirrors, and the
# Maven plugin cannot take a separate classpath per compared file. Only public and protected API is
# compared; packages named *.internal (and below) are excluded. Maven runs offline (-o) first and
# goes online only when something is missing locally. Nothing is installed into the local Maven
# repository. Takes one to three minutes: two builds of the published modules.
#
# Needs: git, a JDK 17+ (java on the PATH or JAVA_HOME), and a full clone (the base commit must be
# in the local history: `git fetch --unshallow` in a shallow one).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAPICMP_VERSION="${JAPICMP_VERSION:-0.27.0}"
DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.7.0"
# module directories whose jars are published (as in scripts/release-dry-run.sh, without the BOM);
# one missing in a tree is reported as new or removed
MODULES=(sdk-core sdk-connectors sdk-agents tools-core langchain4j-bridge spring-ai spring-boot-starter sdk-testkit sdk-micrometer sdk-opentelemetry)
EXCLUDES='*.internal;*.internal.*'

usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; }

FAIL=0
BASE_REF=""
for arg in "$@"; do
  case "$arg" in
    --fail) FAIL=1 ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "api-diff: unknown option $arg" >&2; usage >&2; exit 2 ;;
    *) [[ -z "$BASE_REF" ]] || { echo "api-diff: one base ref only" >&2; exit 2; }; BASE_REF="$arg" ;;
  esac
done
if [[ -z "$BASE_REF" ]]; then
  BASE_REF="$(grep -v '^[[:space:]]*\(#\|$\)' "$ROOT/scripts/api-diff.base" | head -n1 | tr -d '[:space:]')"
fi

for tool in git java; do
  command -v "$tool" >/dev/null || { echo "api-diff: '$tool' is missing" >&2; exit 2; }
done
if ! BASE_SHA="$(git -C "$ROOT" rev-parse --verify --quiet "$BASE_REF^{commit}")"; then
  echo "api-diff: '$BASE_REF' is not a commit here (a shallow clone? git fetch --unshallow)" >&2
  exit 2
fi
HEAD_DESC="$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo HEAD)"
BASE_DESC="$(git -C "$ROOT" rev-parse --short "$BASE_SHA")"
[[ "$BASE_DESC" == "$BASE_REF" ]] || BASE_DESC="$BASE_REF ($BASE_DESC)"

MVN="$ROOT/mvnw"
OUT="$ROOT/target/api-diff"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/mistral4j-api-diff.XXXXXX")"
cleanup() {
  if [[ "${KEEP_WORKDIR:-0}" == 1 ]]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
rm -rf "$OUT"
mkdir -p "$OUT"
started=$SECONDS

# Runs Maven in directory $1 with the remaining arguments, offline first; the log goes to $WORK.
mvn_in() {
  local dir="$1" log
  shift
  log="$WORK/maven-$(basename "$dir")-$RANDOM.log"
  if (cd "$dir" && "$MVN" -B -o "$@") >"$log" 2>&1; then return 0; fi
  if grep -q -i -E 'offline mode|could not be resolved|Cannot access' "$log"; then
    echo "  (offline build lacks something; going online)"
    if (cd "$dir" && "$MVN" -B "$@") >"$log" 2>&1; then return 0; fi
  fi
  echo "api-diff: Maven failed in $dir; the end of its log:" >&2
  tail -n 40 "$log" >&2
  return 1
}

# Builds the published modules that the tree in $1 has; each module's compile classpath lands in
# <module>/target/api-diff.classpath.
build_tree() {
  local list="" module
  for module in "${MODULES[@]}"; do
    [[ -f "$1/$module/pom.xml" ]] && list="${list:+$list,}$module"
  done
  mvn_in "$1" -q -pl "$list" -am package "$DEPENDENCY_PLUGIN:build-classpath" \
    -Dmdep.outputFile=target/api-diff.classpath -DincludeScope=compile \
    -Dmaven.test.skip=true -DskipTests -Dmistral4j.publish.skip=true -Denforcer.skip=true \
    -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Dflatten.skip=true -Dgpg.skip=true
}

# The module's main jar in tree $1, the newest if several (empty when the module is not there).
module_jar() {
  [[ -f "$1/$2/pom.xml" ]] || return 0
  ls -t "$1/$2"/target/*.jar 2>/dev/null | grep -v -E -e '-(sources|javadoc|tests)\.jar$' | head -n1 || true
}

# The module's classpath without its own jar (japicmp takes the compared jar separately).
module_classpath() {
  local file="$1/$2/target/api-diff.classpath"
  [[ -f "$file" ]] && tr -d '\n' <"$file" || true
}

echo "api-diff: base $BASE_DESC, head $HEAD_DESC (working tree)"

echo "api-diff: exporting and building the base"
mkdir -p "$WORK/base"
git -C "$ROOT" archive --format=tar "$BASE_SHA" | tar -x -C "$WORK/base"
build_tree "$WORK/base"

echo "api-diff: building the checkout"
build_tree "$ROOT"

echo "api-diff: resolving japicmp $JAPICMP_VERSION"
mkdir -p "$WORK/japicmp"
cat >"$WORK/japicmp/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>api-diff</groupId>
  <artifactId>japicmp-runner</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>com.github.siom79.japicmp</groupId>
      <artifactId>japicmp</artifactId>
      <version>$JAPICMP_VERSION</version>
    </dependency>
  </dependencies>
</project>
EOF
mvn_in "$WORK/japicmp" -q "$DEPENDENCY_PLUGIN:build-classpath" -Dmdep.outputFile="$WORK/japicmp.classpath"
JAPICMP_CP="$(tr -d '\n' <"$WORK/japicmp.classpath")"

REPORT_ARGS=()
for module in "${MODULES[@]}"; do
  old_jar="$(module_jar "$WORK/base" "$module")"
  new_jar="$(module_jar "$ROOT" "$module")"
  if [[ -z "$old_jar" || -z "$new_jar" ]]; then
    REPORT_ARGS+=("$module=${old_jar:+old}${new_jar:+new}")
    continue
  fi
  echo "api-diff: japicmp $module"
  args=(-o "$old_jar" -n "$new_jar" -a protected --only-modified --exclude "$EXCLUDES"
        --xml-file "$OUT/$module.xml" --html-file "$OUT/$module.html" --report-only-filename)
  old_cp="$(module_classpath "$WORK/base" "$module")"
  new_cp="$(module_classpath "$ROOT" "$module")"
  [[ -n "$old_cp" ]] && args+=(--old-classpath "$old_cp")
  [[ -n "$new_cp" ]] && args+=(--new-classpath "$new_cp")
  if ! java -cp "$JAPICMP_CP" japicmp.JApiCmp "${args[@]}" >"$OUT/$module.txt" 2>&1; then
    echo "api-diff: japicmp failed for $module:" >&2
    tail -n 20 "$OUT/$module.txt" >&2
    exit 2
  fi
  REPORT_ARGS+=("$module=$OUT/$module.xml")
done

# REPORT.md and the summary; exit status 3 = incompatible changes found
set +e
java "$ROOT/scripts/ApiDiffReport.java" "$OUT/REPORT.md" "$BASE_DESC" "$HEAD_DESC" \
  "${REPORT_ARGS[@]}"
status=$?
set -e
echo "api-diff: report in ${OUT#"$ROOT/"}/REPORT.md ($((SECONDS - started)) s)"
case "$status" in
  0) exit 0 ;;
  3) [[ "$FAIL" == 1 ]] && exit 1 || exit 0 ;;
  *) echo "api-diff: the report could not be written" >&2; exit 2 ;;
esac
