#!/usr/bin/env bash
# Checks the annex DOCX as a reader would get it: exports the SG12 example's annex (days x
# slots) in Chinese, English and Arabic, converts each DOCX to PDF with LibreOffice
# headless, and checks with pdftotext that the day labels and cell texts appear in the
# seed letter's order. Page images (pdftoppm, 60 dpi) are left in target/annex-check/ for a
# person to look at. With the `pdf` feature built in, the typst PDF is checked the same way.
# Then the page check of tests/core/annex_pages.rs: every layout in every language, PDF and
# DOCX, fails on overlapping words and words split across lines (about a minute).
#
# Needs LibreOffice and poppler-utils:
#   apt-get install libreoffice-writer poppler-utils fonts-noto-cjk fonts-noto-core
# When one is missing it fails under CI=true or PLENARY_REQUIRE_DATA=1 (naming what is
# missing), and elsewhere skips visibly: "SKIPPED: check-annex: <reason>" on stderr and in
# the file $PLENARY_SKIP_LOG names, which `make test` counts in its summary. The same rule
# as the Rust tests (tests/core/require.rs).
set -euo pipefail
cd "$(dirname "$0")/.."

# missing REASON: what this check needs is not here; fail under CI, else skip visibly.
missing() {
  if [ "${CI:-}" = true ] || [ "${PLENARY_REQUIRE_DATA:-}" = 1 ]; then
    echo "check-annex: FAIL: cannot run: $1 (CI=true or PLENARY_REQUIRE_DATA=1 makes a missing tool a failure)" >&2
    exit 1
  fi
  echo "SKIPPED: check-annex: $1" >&2
  if [ -n "${PLENARY_SKIP_LOG:-}" ]; then echo "SKIPPED: check-annex: $1" >>"$PLENARY_SKIP_LOG"; fi
  exit 0
}

if ! command -v soffice >/dev/null 2>&1; then
  missing "LibreOffice (soffice) is not installed; install: apt-get install libreoffice-writer"
fi
for tool in pdftotext pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    missing "$tool is not installed; install: apt-get install poppler-utils"
  fi
done

out=target/annex-check
rm -rf "$out"
mkdir -p "$out/home"
cargo build --quiet --bin plenary
bin=target/debug/plenary
example=examples/itu-t-sg12-2017.plenary.json

failures=0
# check_order NAME FILE TEXT...: each TEXT occurs in FILE's text (whitespace removed, as
# pdftotext splits CJK from Latin; non-breaking hyphens read as hyphens), each after the
# one before.
check_order() {
  local name=$1 file=$2
  shift 2
  local text rest needle
  # U+2011, the non-breaking hyphen of the time ranges, reads as a hyphen.
  text=$(pdftotext -raw "$file" - | sed 's/\xe2\x80\x91/-/g' | tr -d ' \n\t\r\f')
  rest=$text
  for needle in "$@"; do
    needle=$(printf '%s' "$needle" | tr -d ' ')
    if [[ "$rest" != *"$needle"* ]]; then
      if [[ "$text" == *"$needle"* ]]; then
        echo "check-annex: FAIL $name: \"$needle\" is out of order"
      else
        echo "check-annex: FAIL $name: \"$needle\" is missing"
      fi
      failures=$((failures + 1))
      return
    fi
    rest=${rest#*"$needle"}
  done
  echo "check-annex: ok   $name: $# texts in order"
}

q='所有工作组课题的特别会议（并行召开）'
zh_order=(
  '时间表草案' '上午' '下午'
  '星期二9月19日' '第12研究组全体开幕会议' '第12研究组第1、第2和第3工作组会议依次开始'
  '星期三9月20日' "$q" '待定：BSG实践培训' "$q" '待定：BSG实践培训'
  '星期四9月21日' "$q" "$q"
  '星期五9月22日' "$q" '第1和2/12号课题特别会议'
  '周末'
  '星期一9月25日' "$q" "$q"
  '星期二9月26日' "$q" "$q"
  '星期三9月27日' '第12研究组第3、第2和第1工作组会议依次结束'
  '星期四9月28日' '管理班子会议' '第12研究组全体闭幕会议' '第12研究组全体闭幕会议' '会议成果网络研讨会'
  # The notes in the seed letter's order (the example's annexNotes).
  '说明：' '9月18日14:00-17:00' '9月20日9:30-12:30和14:00-17:30' '9月19日10:30-11:00'
  '9月20日13:00-14:00' '10:30-12:00和13:30-15:30'
  '所有其他会议时间均为9:00-12:30和14:00-17:30' '9月28日15:45-16:30'
)
en_order=(
  'Annex C' 'Draft timetable' 'Morning' 'Afternoon'
  'Tuesday 19 September' 'SG12 opening plenary' 'SG12 Working Parties 1, 2 and 3 meetings start'
  'Wednesday 20 September' 'Meetings of all Working Party Questions' 'TBD: BSG hands-on training'
  'Friday 22 September' 'Meeting of Questions 1/12 and 2/12'
  'Weekend'
  'Wednesday 27 September' 'SG12 Working Parties 3, 2 and 1 closing meetings'
  'Thursday 28 September' 'Management team meeting' 'then SG12 closing plenary'
  'SG12 closing plenary' 'then Meeting results webinar'
  'Notes:' 'All other sessions: 09:00-12:30 and 14:00-17:30, with 30-minute coffee breaks.'
)

for lang in zh en ar; do
  "$bin" export "$example" --format annex-docx --layout days --lang "$lang" --heading "Annex C" \
    -o "$out/days-$lang.docx" 2>/dev/null
done
# One LibreOffice run for all files; its own profile so it never touches the user's.
HOME="$PWD/$out/home" timeout 300 soffice --headless --convert-to pdf --outdir "$out" \
  "$out"/days-*.docx >/dev/null 2>&1
for lang in zh en ar; do
  if [ ! -s "$out/days-$lang.pdf" ]; then
    echo "check-annex: FAIL LibreOffice did not convert days-$lang.docx"
    failures=$((failures + 1))
  else
    pdftoppm -png -r 60 "$out/days-$lang.pdf" "$out/days-$lang-docx"
  fi
done
[ -s "$out/days-zh.pdf" ] && check_order "DOCX zh (LibreOffice)" "$out/days-zh.pdf" "${zh_order[@]}"
[ -s "$out/days-en.pdf" ] && check_order "DOCX en (LibreOffice)" "$out/days-en.pdf" "${en_order[@]}"
# Arabic: pdftotext returns presentation forms in visual order, so only the table's
# presence is checked here; the page image is for a person.
[ -s "$out/days-ar.pdf" ] && check_order "DOCX ar (LibreOffice)" "$out/days-ar.pdf" 'Annex C' '19' '28'

# The typst PDF, when this build has it.
if "$bin" export "$example" --format annex-pdf --layout days --lang zh --heading "Annex C" \
  -o "$out/days-zh-typst.pdf" 2>"$out/pdf.err"; then
  check_order "PDF zh (typst)" "$out/days-zh-typst.pdf" "${zh_order[@]}"
  "$bin" export "$example" --format annex-pdf --layout days --lang en --heading "Annex C" \
    -o "$out/days-en-typst.pdf" 2>/dev/null
  check_order "PDF en (typst)" "$out/days-en-typst.pdf" "${en_order[@]}"
  "$bin" export "$example" --format annex-pdf --layout days --lang ar --heading "Annex C" \
    -o "$out/days-ar-typst.pdf" 2>/dev/null
  check_order "PDF ar (typst)" "$out/days-ar-typst.pdf" 'Annex C' '19' '28'
  for f in "$out"/days-*-typst.pdf; do pdftoppm -png -r 60 "$f" "${f%.pdf}"; done
elif grep -q "without the \`pdf\` feature" "$out/pdf.err"; then
  # The default build has it: only a build that turned the feature off lands here.
  echo "SKIPPED: check-annex: typst PDF: the plenary binary was built without the pdf feature" >&2
  if [ -n "${PLENARY_SKIP_LOG:-}" ]; then
    echo "SKIPPED: check-annex: typst PDF: built without the pdf feature" >>"$PLENARY_SKIP_LOG"
  fi
  if [ "${CI:-}" = true ] || [ "${PLENARY_REQUIRE_DATA:-}" = 1 ]; then failures=$((failures + 1)); fi
else
  echo "check-annex: FAIL annex-pdf export: $(cat "$out/pdf.err")"
  failures=$((failures + 1))
fi

# Every layout in every language, of the example and of a wide generated meeting, typeset
# by typst and by LibreOffice: no two words overlap, none runs off the page, none is split
# across lines (tests/core/annex_pages.rs; its page images go to $out/pages/).
if cargo test --quiet --test core every_layout_and_language_typesets -- --ignored --exact \
  annex_pages::every_layout_and_language_typesets_without_overlaps_or_split_words; then
  echo "check-annex: ok   pages: no overlapping, off-page or split words"
else
  echo "check-annex: FAIL pages: see the test's output above"
  failures=$((failures + 1))
fi

echo "check-annex: page images in $out/*.png and $out/pages/*.png"
if [ "$failures" -gt 0 ]; then
  echo "check-annex: $failures check(s) failed"
  exit 1
fi
echo "check-annex: all checks passed"
