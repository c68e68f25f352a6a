#!/usr/bin/env bash
# Release rehearsal: builds the Maven Central bundle exactly as `-Prelease` would for a real
# release, signs it with a throwaway GPG key, and checks its contents. Nothing is uploaded.
#
#   scripts/release-dry-run.sh            # release version = the project version without -SNAPSHOT
#   RELEASE_VERSION=0.1.0 scripts/release-dry-run.sh
#   KEEP_WORKDIR=1 scripts/release-dry-run.sh   # keep the copy, the key and the bundle to look at
#
# Works on a copy of the working tree (tracked and untracked files, not ignored ones), so the
# version change never touches your checkout. Needs a JDK 17+, gpg, unzip and Maven Central.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# what Central receives: artifactId and Automatic-Module-Name ("-" for the BOM, a pom only)
PUBLISHED=(
  "mistral4j-bom -"
  "mistral4j-core io.github.mistral4j.core"
  "mistral4j-connectors io.github.mistral4j.connectors"
  "mistral4j-agents io.github.mistral4j.agents"
  "mistral4j-tools io.github.mistral4j.tools"
  "mistral4j-langchain4j io.github.mistral4j.langchain4j"
  "mistral4j-spring-ai io.github.mistral4j.springai"
  "mistral4j-spring-boot-starter io.github.mistral4j.spring.boot"
  "mistral4j-testkit io.github.mistral4j.testkit"
  "mistral4j-micrometer io.github.mistral4j.micrometer"
  "mistral4j-opentelemetry io.github.mistral4j.opentelemetry"
)
MODULES="sdk-bom,sdk-core,sdk-connectors,sdk-agents,tools-core,langchain4j-bridge,spring-ai,spring-boot-starter,sdk-testkit,sdk-micrometer,sdk-opentelemetry"
GROUP_PATH="io/github/mistral4j"

for tool in gpg gpgconf unzip java git; do
  command -v "$tool" >/dev/null || { echo "release dry run: '$tool' is missing (Debian: gnupg, unzip)" >&2; exit 2; }
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/mistral4j-release.XXXXXX")"
export GNUPGHOME="$WORK/gnupg"
cleanup() {
  gpgconf --kill gpg-agent >/dev/null 2>&1 || true   # the agent of the throwaway GNUPGHOME only
  if [[ "${KEEP_WORKDIR:-0}" == 1 ]]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# 1. A copy of the working tree, at the release version
mkdir -p "$WORK/src"
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard) \
  | (cd "$ROOT" && xargs -0 cp --parents -t "$WORK/src" 2>/dev/null || true)
cp -r "$ROOT/.mvn" "$WORK/src/" 2>/dev/null || true
SNAPSHOT="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$ROOT/pom.xml" | head -1)"
VERSION="${RELEASE_VERSION:-${SNAPSHOT%-SNAPSHOT}}"
find "$WORK/src" -name pom.xml -print0 \
  | xargs -0 sed -i "s:<version>$SNAPSHOT</version>:<version>$VERSION</version>:"
echo "== release dry run of $VERSION (from $SNAPSHOT)"

# 2. A throwaway signing key, no passphrase, in a temporary GNUPGHOME
mkdir -m 700 "$GNUPGHOME"
gpg --batch --passphrase '' --quick-gen-key "mistral4j release dry run <dry-run@example.invalid>" \
  rsa3072 sign 1d > "$WORK/gpg.log" 2>&1 || { cat "$WORK/gpg.log"; echo "FAIL: no signing key"; exit 1; }
KEY="$(gpg --batch --with-colons --list-secret-keys | awk -F: '/^fpr/ {print $10; exit}')"

# The publishing plugin wants a server entry even when it skips the upload: a dummy one
cat > "$WORK/settings.xml" <<'XML'
<settings>
  <servers>
    <server><id>central</id><username>dry-run</username><password>dry-run</password></server>
  </servers>
</settings>
XML

# 3. The release build: flattened poms, sources, javadoc, signatures, bundle; publishing skipped,
#    nothing installed into the local repository
(cd "$WORK/src" && ./mvnw -B -ntp -s "$WORK/settings.xml" -Prelease -pl "$MODULES" -am -DskipTests \
  -Dmaven.install.skip=true -Dgpg.keyname="$KEY" -Dmistral4j.central.skipUpload=true deploy) > "$WORK/build.log" 2>&1 || {
  tail -60 "$WORK/build.log"; echo "FAIL: the release build failed (log above)"; exit 1; }

BUNDLE="$(find "$WORK/src" -path '*/central-publishing/*.zip' | head -1)"
[[ -n "$BUNDLE" ]] || { echo "FAIL: no bundle was built"; exit 1; }
mkdir "$WORK/bundle" && unzip -q "$BUNDLE" -d "$WORK/bundle"
echo "== bundle: ${BUNDLE#"$WORK/src/"} ($(du -k "$BUNDLE" | cut -f1) KiB, $(unzip -Z1 "$BUNDLE" | grep -vc '/$') files)"

# 4. Checks
FAILED=0
pass() { printf '  ok   %s\n' "$1"; }
fail() { printf '  FAIL %s\n' "$1"; FAILED=$((FAILED + 1)); }
check() { local what="$1"; shift; if "$@" >/dev/null 2>&1; then pass "$what"; else fail "$what"; fi; }

checksums_and_signature() {   # file
  local f="$1" name; name="$(basename "$1")"
  check "$name.asc verifies" gpg --batch --verify "$f.asc" "$f"
  check "$name.md5 matches" test "$(cut -d' ' -f1 < "$f.md5")" = "$(md5sum < "$f" | cut -d' ' -f1)"
  check "$name.sha1 matches" test "$(cut -d' ' -f1 < "$f.sha1")" = "$(sha1sum < "$f" | cut -d' ' -f1)"
}

pom_has() {   # pom element (an element may carry attributes)
  grep -Eq "<$2[ >]" "$1"
}

for entry in "${PUBLISHED[@]}"; do
  read -r artifact module <<< "$entry"
  dir="$WORK/bundle/$GROUP_PATH/$artifact/$VERSION"
  base="$dir/$artifact-$VERSION"
  echo "-- $artifact"
  if [[ ! -d "$dir" ]]; then fail "$artifact is in the bundle"; continue; fi
  pom="$base.pom"
  check "pom present" test -f "$pom"
  for element in name description url licenses scm developers; do
    check "pom has <$element>" pom_has "$pom" "$element"
  done
  check "pom names Apache-2.0" grep -q "<name>Apache-2.0</name>" "$pom"
  check "pom has no <parent> (flattened)" bash -c "! grep -q '<parent>' '$pom'"
  check "pom has no unresolved \${...} versions" bash -c "! grep -q '<version>\\\${' '$pom'"
  checksums_and_signature "$pom"
  [[ "$module" == "-" ]] && continue
  jar="$base.jar"
  for suffix in "" -sources -javadoc; do
    f="$base$suffix.jar"
    check "$(basename "$f") present" test -s "$f"
    [[ -f "$f" ]] && checksums_and_signature "$f"
  done
  check "jar has META-INF/LICENSE (Apache-2.0)" bash -c "unzip -p '$jar' META-INF/LICENSE | grep -q 'Apache License'"
  check "jar manifest: Automatic-Module-Name: $module" \
    bash -c "unzip -p '$jar' META-INF/MANIFEST.MF | tr -d '\r' | grep -qx 'Automatic-Module-Name: $module'"
  check "sources jar has .java files" bash -c "unzip -Z1 '$base-sources.jar' | grep -q '\.java$'"
  check "javadoc jar has index.html" bash -c "unzip -Z1 '$base-javadoc.jar' | grep -qx 'index.html'"
  check "javadoc leaves out internal packages" bash -c "! unzip -Z1 '$base-javadoc.jar' | grep -q '/internal/'"
done

echo "-- nothing else"
expected="$(printf '%s\n' "${PUBLISHED[@]}" | cut -d' ' -f1 | sort)"
actual="$(find "$WORK/bundle/$GROUP_PATH" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)"
check "bundle holds exactly the published artifacts ($(echo "$actual" | tr '\n' ' '))" \
  test "$expected" = "$actual"
check "bundle holds no snapshot" bash -c "! unzip -Z1 '$BUNDLE' | grep -q SNAPSHOT"
check "nothing was uploaded (upload skipped)" grep -q "Skipping the upload of the bundle" "$WORK/build.log"

echo
if [[ "$FAILED" -eq 0 ]]; then
  echo "RELEASE DRY RUN PASSED: $VERSION, ${#PUBLISHED[@]} artifacts, bundle checked, nothing uploaded"
else
  echo "RELEASE DRY RUN FAILED: $FAILED check(s) failed (see FAIL above)"
  exit 1
fi
