#!/usr/bin/env bash
# Benchmarks/run.sh — 合法性审查助手（reviewer）性能基准 / performance benchmark for `reviewer`.
#
# A measurement, not a test: it always exits 0 once the measurements have run, and prints which
# targets were missed. See Benchmarks/README.md for what it measures and how to read the figures.
#
# Usage:  Benchmarks/run.sh            (from anywhere; every setting below is an environment variable)
#
#   BENCH_SCRATCH_PATH  SwiftPM scratch (build) folder          default: <repo>/.build-bench
#   BENCH_SKIP_BUILD=1  use the binary already in the scratch folder
#   BENCH_OUT           where inputs and results are written    default: <repo>/bench-out (git-ignored)
#   BENCH_CORPUS        corpus folder (*/draft.txt)              default: <repo>/../shared/corpus
#   BENCH_LAWS          law texts (*.md, searched recursively)   default: <repo>/../shared/data/flk
#   BENCH_BIG_MB        size of input (a), MiB                   default: 50  (the reviewer refuses > 64)
#   BENCH_MID_MB        size of input (b), MiB                   default: 20
#   BENCH_DRAFT_CHARS   characters in draft (c)                  default: 30000
#   BENCH_BIG_RUNS      runs of (a) and of the grep baselines    default: 3 (median time, max RSS)
#   BENCH_DRAFT_RUNS    runs of (c)                              default: 20
#   BENCH_SYNTHETIC     auto | yes | no                          default: auto
#       Also measure with a generated checklist (~40 rules, ~200 words, 4 patterns) added with
#       --checklists. "auto" does so only when the shipped checklists have no literal trigger words,
#       since then the grep comparison would compare against an empty word list.
#   BENCH_INSTALL=1     apt-get install missing tools (time, hyperfine, ripgrep); needs root
#   BENCH_TARGET_MBPS     throughput target for (a), MiB/s per core    default: 10 (issue 2: >= 10 MB/s per core)
#   BENCH_TARGET_RSS_MB   peak-RSS target for (b), MiB                 default: 200
#   BENCH_TARGET_DRAFT_MS median latency target for (c), ms            default: 100
set -euo pipefail

# ---------------------------------------------------------------------------------------------- setup
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$SCRIPT_DIR/.." && pwd)
SCRATCH=${BENCH_SCRATCH_PATH:-$REPO/.build-bench}
OUT=${BENCH_OUT:-$REPO/bench-out}
CORPUS=${BENCH_CORPUS:-$REPO/../shared/corpus}
LAWS_DIR=${BENCH_LAWS:-$REPO/../shared/data/flk}
BIG_MB=${BENCH_BIG_MB:-50}
MID_MB=${BENCH_MID_MB:-20}
DRAFT_CHARS=${BENCH_DRAFT_CHARS:-30000}
BIG_RUNS=${BENCH_BIG_RUNS:-3}
DRAFT_RUNS=${BENCH_DRAFT_RUNS:-20}
SYNTHETIC=${BENCH_SYNTHETIC:-auto}
TARGET_MBPS=${BENCH_TARGET_MBPS:-10}
TARGET_RSS_MB=${BENCH_TARGET_RSS_MB:-200}
TARGET_DRAFT_MS=${BENCH_TARGET_DRAFT_MS:-100}
MIB=1048576

# UTF-8 locale for `wc -m` (character counts) and perl; grep baselines set LC_ALL themselves.
export LC_ALL=C.UTF-8

INPUTS=$OUT/inputs
RESULTS=$OUT/results
mkdir -p "$INPUTS" "$RESULTS"
SUMMARY=$RESULTS/summary.tsv
: > "$SUMMARY"

log() { printf '==> %s\n' "$*" >&2; }
warn() { printf '警告 / warning: %s\n' "$*" >&2; }
die() { printf '错误 / error: %s\n' "$*" >&2; exit 2; }

# ------------------------------------------------------------------------------------------ tools
maybe_install() {  # maybe_install PACKAGE: apt-get install when allowed
    [[ ${BENCH_INSTALL:-0} == 1 && $(id -u) == 0 ]] && command -v apt-get >/dev/null || return 1
    log "apt-get install -y $1"
    DEBIAN_FRONTEND=noninteractive apt-get install -y "$1" >/dev/null 2>&1 \
        || { apt-get update >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y "$1" >/dev/null 2>&1; }
}
GNU_TIME=/usr/bin/time
if [[ ! -x $GNU_TIME ]] || ! "$GNU_TIME" -v true >/dev/null 2>&1; then
    maybe_install time || true
fi
if [[ -x $GNU_TIME ]] && "$GNU_TIME" -v true >/dev/null 2>&1; then HAVE_TIME=1; else
    HAVE_TIME=0; warn "GNU time (/usr/bin/time -v) not found: peak RSS is sampled from /proc (approximate). Install: apt-get install -y time"
fi
command -v hyperfine >/dev/null || maybe_install hyperfine || true
command -v rg >/dev/null || maybe_install ripgrep || true
command -v perl >/dev/null || die "perl is needed to build the 30,000-character draft"

# ------------------------------------------------------------------------------------------- build
if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
    log "swift build -c release --scratch-path $SCRATCH"
    (cd "$REPO" && swift build -c release --scratch-path "$SCRATCH" >&2)
fi
REVIEWER=$SCRATCH/release/reviewer
[[ -x $REVIEWER ]] || die "no binary at $REVIEWER (build failed, or BENCH_SKIP_BUILD=1 without a build)"

# ------------------------------------------------------------------------------------ measurement
# run_measured PREFIX CMD...: runs CMD once; sets M_SECONDS (wall clock), M_CPU (user + system
# seconds; less sensitive than wall time to other work on the machine), M_RSS_KB (peak resident set)
# and M_STATUS. CMD's stdout goes to $PREFIX.stdout, stderr to .stderr.
run_measured() {
    local prefix=$1; shift
    local t0 t1
    M_STATUS=0
    if [[ $HAVE_TIME == 1 ]]; then
        t0=$(date +%s%N)
        "$GNU_TIME" -v -o "$prefix.time" "$@" >"$prefix.stdout" 2>"$prefix.stderr" || M_STATUS=$?
        t1=$(date +%s%N)
        M_RSS_KB=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$prefix.time")
        M_CPU=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%.2f", s }' "$prefix.time")
    else
        t0=$(date +%s%N)
        "$@" >"$prefix.stdout" 2>"$prefix.stderr" &
        local pid=$! peak=0 hwm
        # bash builtins only (no sed per sample), so that sampling disturbs the measured run little
        while kill -0 "$pid" 2>/dev/null; do
            hwm=0
            while read -r key value _; do
                if [[ $key == VmHWM: ]]; then hwm=$value; break; fi
            done < "/proc/$pid/status" 2>/dev/null || true
            if ((hwm > peak)); then peak=$hwm; fi
            sleep 0.05
        done
        wait "$pid" || M_STATUS=$?
        t1=$(date +%s%N)
        M_RSS_KB=$peak
        M_CPU=-
    fi
    M_SECONDS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
}

# repeat_measured PREFIX RUNS CMD...: median wall time and CPU time, max RSS over RUNS runs
# (R_SECONDS, R_CPU, R_ALL, R_RSS_KB, R_STATUS).
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0 || v[1] == "-") print "-"; else printf "%.3f\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
repeat_measured() {
    local prefix=$1 runs=$2; shift 2
    local times=() cpus=() rss=0 i
    R_STATUS=0
    for ((i = 1; i <= runs; i++)); do
        run_measured "$prefix" "$@"
        times+=("$M_SECONDS")
        cpus+=("$M_CPU")
        if ((M_RSS_KB > rss)); then rss=$M_RSS_KB; fi
        if ((M_STATUS != 0)); then R_STATUS=$M_STATUS; fi
    done
    R_SECONDS=$(printf '%s\n' "${times[@]}" | median)
    R_CPU=$(printf '%s\n' "${cpus[@]}" | median)
    R_ALL=$(printf '%s ' "${times[@]}")
    R_RSS_KB=$rss
}

mib() { awk -v b="$1" -v m=$MIB 'BEGIN { printf "%.1f", b / m }'; }
kb_to_mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
rate() { awk -v b="$1" -v s="$2" -v m=$MIB 'BEGIN { if (s > 0) printf "%.1f", b / m / s; else print "-" }'; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 < b + 0) }'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 >= b + 0) }'; }

# row INPUT SIZE SECONDS MBPS RSS TARGET VERDICT — one line of the summary table.
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$SUMMARY"; }
MISSED=()

# -------------------------------------------------------------------------------------------- inputs
[[ -d $CORPUS ]] || die "corpus folder not found: $CORPUS (set BENCH_CORPUS)"
log "generating inputs in $INPUTS"
ONE=$INPUTS/one-pass.txt
{
    find "$CORPUS" -mindepth 2 -maxdepth 2 -name draft.txt -print0 | sort -z | xargs -0 -r cat
    if [[ -d $LAWS_DIR ]]; then
        find "$LAWS_DIR" -type f -name '*.md' -print0 | sort -z | xargs -0 -r cat
    fi
} > "$ONE"
[[ -s $ONE ]] || die "no corpus drafts or law texts found"
if [[ ! -d $LAWS_DIR ]]; then warn "law texts not found at $LAWS_DIR: inputs (a) and (b) repeat the corpus drafts only"; fi
ONE_BYTES=$(stat -c %s "$ONE")

# make_input FILE MIB: the one-pass text repeated until >= MIB MiB, cut at the first line end after it.
make_input() {
    local file=$1 want=$(($2 * MIB)) reps i
    reps=$(((want + ONE_BYTES - 1) / ONE_BYTES))
    for ((i = 0; i < reps; i++)); do cat "$ONE"; done > "$file.tmp"
    # (the rest is drained with cat: closing the pipe early would kill tail with SIGPIPE under pipefail)
    { head -c "$want" "$file.tmp"; tail -c +"$((want + 1))" "$file.tmp" | { head -n 1; cat > /dev/null; }; } > "$file"
    rm -f "$file.tmp"
}
BIG=$INPUTS/big.txt
MID=$INPUTS/mid.txt
make_input "$BIG" "$BIG_MB"
make_input "$MID" "$MID_MB"
for f in "$BIG" "$MID"; do
    command -v iconv >/dev/null || break
    iconv -f UTF-8 -t UTF-8 "$f" > /dev/null 2>&1 || die "$f is not valid UTF-8"
done
BIG_BYTES=$(stat -c %s "$BIG")
MID_BYTES=$(stat -c %s "$MID")
if ((BIG_BYTES > 64 * MIB)); then warn "input (a) is over 64 MiB: the reviewer refuses files that large"; fi

# (c) one realistic long draft: examples/normative-draft.txt with chapters 二–六 repeated and every
# 第X章 / 第X条 at the start of a line renumbered, until it has >= BENCH_DRAFT_CHARS characters.
DRAFT=$INPUTS/draft-30k.txt
SEED=$REPO/examples/normative-draft.txt
[[ -f $SEED ]] || die "missing $SEED"
perl -CSD -Mutf8 -e '
    my ($seed, $want) = @ARGV;
    open my $in, "<", $seed or die "$seed: $!";
    my @lines = <$in>;
    my ($body, $tail);
    for my $i (0 .. $#lines) {
        $body //= $i if $lines[$i] =~ /^第二章/;
        $tail = $i if $lines[$i] =~ /^第[一二三四五六七八九十]+章\s*附则/;
    }
    die "normative-draft.txt: cannot find 第二章 … 附则\n" unless defined $body && defined $tail && $tail > $body;
    my @head = @lines[0 .. $body - 1];
    my @mid = @lines[$body .. $tail - 1];
    my @end = @lines[$tail .. $#lines];
    my $len = sub { my $n = 0; $n += length for @_; $n };
    my @out = @head;
    push @out, @mid while $len->(@out, @mid, @end) < $want || @out == @head;
    push @out, @end;
    my @digit = qw(零 一 二 三 四 五 六 七 八 九);
    my $cn = sub {
        my $n = shift; my $s = "";
        if ($n >= 100) { $s .= $digit[int($n / 100)] . "百"; $n %= 100; $s .= "零" if $n && $n < 10; }
        if ($n >= 10) { $s .= (($s eq "" && $n < 20) ? "" : $digit[int($n / 10)]) . "十"; $n %= 10; }
        $s .= $digit[$n] if $n; $s;
    };
    my ($chapter, $article) = (0, 0);
    for (@out) {
        s/^第[零一二三四五六七八九十百]+章/"第" . $cn->(++$chapter) . "章"/e;
        s/^第[零一二三四五六七八九十百]+条(?=[\x{3000} ])/"第" . $cn->(++$article) . "条"/e;
        print;
    }
' "$SEED" "$DRAFT_CHARS" > "$DRAFT"
DRAFT_BYTES=$(stat -c %s "$DRAFT")
DRAFT_LEN=$(wc -m < "$DRAFT")

# ------------------------------------------------------------------------------------ rule sets
SHIPPED_WORDS=$RESULTS/words-shipped.txt
"$REVIEWER" rules --words > "$SHIPPED_WORDS"
SHIPPED_COUNT=$(grep -c . "$SHIPPED_WORDS" || true)
SHIPPED_RULES=$("$REVIEWER" rules | sed -n 's/^共 \([0-9]*\) 条规则。$/\1/p')

# A generated checklist, so that the matcher and the grep baseline have words to work on.
SYNTH_DIR=$OUT/synthetic-checklist
write_synthetic_checklist() {
    mkdir -p "$SYNTH_DIR"
    # id | category | law | scope | trigger words | exception words | required words (all)
    local spec='
penalty-fine|authority|administrative-penalty-law|sentence|罚款 没收违法所得 没收非法财物 吊销 暂扣许可证件 降低资质等级|依照 依据 按照《 法律、法规|
penalty-stop|authority|administrative-penalty-law|sentence|责令停产停业 责令关闭 限制从业 限制开展生产经营活动 行政拘留|依照 依据 法律、行政法规|
penalty-notice|authority|administrative-penalty-law|sentence|通报批评 警告 列入黑名单 失信名单 联合惩戒|依照 依据 法律、法规|
licence-new|authority|administrative-licensing-law|sentence|许可证 经营许可 准入许可 审批手续 前置审批 核准后方可|依照 依据 法律、行政法规|
licence-filing|authority|administrative-licensing-law|sentence|备案后方可 备案证明 登记证书 年检 年审 资格认定|依照 依据|
fee-charge|authority|price-law|sentence|收取 缴纳 收费 管理费 服务费 保证金 押金 赞助费|依照 依据 按照国家 经营者收取|
compulsion|authority|administrative-compulsion-law|sentence|查封 扣押 冻结 强制拆除 代履行 加处罚款 强制执行|依照 依据 法律、行政法规|
rights-reduce|authority|legislation-law|sentence|不得 禁止 一律不准 严禁|法律、法规 依法|公民 法人 其他组织
duty-add|authority|legislation-law|sentence|必须 应当承担 负责赔偿 连带责任|法律、法规 依法|
power-expand|authority|legislation-law|sentence|最终解释权 另行规定 自行决定 不受限制|
entry-local|fair-competition|fair-competition-review-regs|sentence|本地企业 本市企业 外地企业 外地经营者 域外企业 本地注册 本地纳税|
entry-branch|fair-competition|fair-competition-review-regs|sentence|设立分支机构 设立子公司 在本地设立 注册地在|
designate|fair-competition|fair-competition-review-regs|sentence|指定 限定 定点 推荐名单 备选库 名录库 入围|依法 招标|
procurement|fair-competition|government-procurement-law|sentence|优先采购 优先使用 优先选择 同等条件下优先 预留份额|
subsidy|fair-competition|fair-competition-review-regs|sentence|奖励 补贴 补助 扶持资金 专项资金 贴息|依法 按照国家规定|
tax-rebate|fair-competition|fair-competition-review-regs|sentence|税收返还 财政返还 先征后返 即征即退 地方留成 留存部分|
price-fix|fair-competition|anti-monopoly-law|sentence|统一定价 统一价格 最低价格 限价 政府定价 价格联盟|
market-split|fair-competition|anti-monopoly-law|sentence|划分市场 独家经营 排他性 特许经营权 唯一|
factor-flow|fair-competition|fair-competition-review-regs|sentence|限制外地 阻碍 设置壁垒 歧视性 差别化|
fixed-return|contract|ppp-new-mechanism-2023|sentence|固定回报 保底收益 最低收益 承诺回购 兜底 回购|
guarantee|contract|guarantee-law|sentence|担保函 承诺函 安慰函 提供担保 反担保 保证责任|
audit-settle|contract|audit-law|sentence|审计结果作为结算依据 以审计结论为准 审计决定作为|
arbitration|contract|arbitration-law|sentence|仲裁委员会 申请仲裁 提交仲裁 仲裁裁决|
payment-terms|contract|sme-payment-regs|sentence|付款期限 支付期限 验收合格后 质量保证金 账期|
default|contract|civil-code|sentence|违约金 违约责任 赔偿损失 解除合同 终止协议|
dispute|contract|civil-code|sentence|争议解决 协商不成 管辖 人民法院起诉|
land|contract|land-administration-law|sentence|土地出让金 土地使用权 划拨 征收补偿 安置补偿|
franchise|contract|infrastructure-franchise-measures-2024|sentence|特许经营期限 特许经营协议 收费权 运营补贴|
citation-old|citation|contract-law|sentence|《中华人民共和国合同法》 《中华人民共和国担保法》 《中华人民共和国物权法》 《中华人民共和国民法通则》 《中华人民共和国民法总则》|
citation-old2|citation|guarantee-law|sentence|《城市房屋拆迁管理条例》 《中华人民共和国行政监察法》 《治安管理处罚条例》 《食品卫生法》|
date-effective|drafting|legislation-law|sentence|起施行 起执行 起实施 施行之日|
validity|drafting|guobanfa-2018-37|sentence|有效期 暂行 试行|
number|drafting|party-gov-official-document-regulations|sentence|〔 〕 号文|
placeholder|drafting|guobanfa-2018-115|sentence|×× XX ○○ 待定 另行通知|
procedure-hearing|procedure|major-decision-procedure-regs|document|听证 听证会 专家论证 风险评估|
procedure-opinion|procedure|guobanfa-2018-37|document|征求意见 公开征求 社会公众意见|
procedure-collective|procedure|major-decision-procedure-regs|document|集体讨论 常务会议 办公会议|
'
    {
        echo 'schema: 1'
        echo '# Generated by Benchmarks/run.sh for measurement only: NOT review rules.'
        echo 'rules:'
        local id category law scope words exceptions all w
        while IFS='|' read -r id category law scope words exceptions all; do
            [[ -z $id ]] && continue
            echo "- id: bench.$id"
            echo "  title: 基准测试用规则 $id"
            echo "  category: $category"
            echo "  severity: warning"
            echo "  kinds: [normative, decision, contract]"
            echo "  scope: $scope"
            echo "  triggers:"
            echo "    any:"
            for w in $words; do echo "    - \"$w\""; done
            if [[ -n $all ]]; then
                echo "    all:"
                for w in $all; do echo "    - \"$w\""; done
            fi
            if [[ -n $exceptions ]]; then
                echo "  exceptions:"
                echo "    words:"
                for w in $exceptions; do echo "    - \"$w\""; done
            fi
            echo "  basis:"
            echo "  - law: $law"
            echo "    article: 第一条"
            echo "    statement: 基准测试用，非审查依据。"
            echo "  message: 基准测试：发现“{match}”。"
            echo "  suggestion: 基准测试用规则，无修改建议。"
            echo "  examples:"
            echo "    trigger:"
            echo "    - \"${words%% *}\""
            echo "    clean:"
            echo "    - \"无关的句子。\""
        done <<< "$spec"
        # Patterns (one regular expression per rule, run over the whole text) and a near rule.
        cat <<'YAML'
- id: bench.pattern-fine-amount
  title: 基准测试用规则 pattern-fine-amount
  category: authority
  severity: warning
  kinds: [normative, decision, contract]
  triggers:
    patterns:
    - '处[0-9一二三四五六七八九十百千万]+元以[上下]'
  exceptions:
    words: [依照, 依据]
  basis:
  - {law: administrative-penalty-law, article: 第一条, statement: 基准测试用，非审查依据。}
  message: 基准测试：发现“{match}”。
  suggestion: 基准测试用规则，无修改建议。
  examples: {trigger: [处一千元以上罚款], clean: [无关的句子。]}
- id: bench.pattern-citation
  title: 基准测试用规则 pattern-citation
  category: citation
  severity: info
  kinds: [normative, decision, contract]
  triggers:
    patterns:
    - '《[^》]{2,40}(法|条例|规定|办法)》第[一二三四五六七八九十百零]+条'
  basis:
  - {law: legislation-law, article: 第一条, statement: 基准测试用，非审查依据。}
  message: 基准测试：发现“{match}”。
  suggestion: 基准测试用规则，无修改建议。
  examples: {trigger: [《中华人民共和国行政处罚法》第十六条], clean: [无关的句子。]}
- id: bench.pattern-days
  title: 基准测试用规则 pattern-days
  category: procedure
  severity: info
  kinds: [normative, decision, contract]
  triggers:
    patterns:
    - '(?:不少于|不得少于)[0-9一二三四五六七八九十]+(?:个工作日|日)'
  basis:
  - {law: major-decision-procedure-regs, article: 第一条, statement: 基准测试用，非审查依据。}
  message: 基准测试：发现“{match}”。
  suggestion: 基准测试用规则，无修改建议。
  examples: {trigger: [不少于三十日], clean: [无关的句子。]}
- id: bench.pattern-amount
  title: 基准测试用规则 pattern-amount
  category: contract
  severity: info
  kinds: [normative, decision, contract]
  triggers:
    patterns:
    - '[0-9]+(?:\.[0-9]+)?万?元'
  basis:
  - {law: civil-code, article: 第一条, statement: 基准测试用，非审查依据。}
  message: 基准测试：发现“{match}”。
  suggestion: 基准测试用规则，无修改建议。
  examples: {trigger: [100万元], clean: [无关的句子。]}
- id: bench.near-penalty
  title: 基准测试用规则 near-penalty
  category: authority
  severity: warning
  kinds: [normative, decision, contract]
  triggers:
    near:
    - {a: [处, 并处, 可以处], b: [罚款, 拘留], within: 12}
  exceptions:
    words: [依照, 依据]
  basis:
  - {law: administrative-penalty-law, article: 第一条, statement: 基准测试用，非审查依据。}
  message: 基准测试：发现“{match}”。
  suggestion: 基准测试用规则，无修改建议。
  examples: {trigger: [处五千元以上三万元以下罚款], clean: [无关的句子。]}
YAML
    } > "$SYNTH_DIR/bench-synthetic.yaml"
}

RULESETS=(shipped)
case $SYNTHETIC in
    yes) RULESETS+=(synthetic) ;;
    no) ;;
    auto) ((SHIPPED_COUNT > 0)) || RULESETS+=(synthetic) ;;
    *) die "BENCH_SYNTHETIC must be auto, yes or no" ;;
esac
SYNTH_WORDS=$RESULTS/words-synthetic.txt
if [[ " ${RULESETS[*]} " == *" synthetic "* ]]; then
    write_synthetic_checklist
    "$REVIEWER" rules --words --checklists "$SYNTH_DIR" > "$SYNTH_WORDS" \
        || die "the generated checklist does not load: see $SYNTH_DIR/bench-synthetic.yaml"
    SYNTH_RULES=$("$REVIEWER" rules --checklists "$SYNTH_DIR" | sed -n 's/^共 \([0-9]*\) 条规则。$/\1/p')
fi
ruleset_args() { [[ $1 == synthetic ]] && printf '%s\n' --checklists "$SYNTH_DIR" || true; }
ruleset_label() { [[ $1 == synthetic ]] && echo "shipped+synthetic" || echo "$1"; }

# ----------------------------------------------------------------------------------- header
NPROC=$(nproc 2>/dev/null || echo '?')
CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
echo
echo "reviewer benchmark — $(date '+%Y-%m-%d %H:%M:%S')"
echo "  binary    $REVIEWER"
echo "  machine   ${CPU:-unknown CPU}, $NPROC logical CPUs (the reviewer runs on one core)"
echo "  load      $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo '?') (1/5/15 min) — other work on the machine inflates the times"
echo "  (a) big   $BIG  $(mib "$BIG_BYTES") MiB"
echo "  (b) mid   $MID  $(mib "$MID_BYTES") MiB"
echo "  (c) draft $DRAFT  $DRAFT_LEN characters, $DRAFT_BYTES bytes"
echo "  rules     shipped: ${SHIPPED_RULES:-?} rules, $SHIPPED_COUNT literal trigger words"
if [[ " ${RULESETS[*]} " == *" synthetic "* ]]; then
    echo "            synthetic (shipped + generated $SYNTH_DIR): ${SYNTH_RULES:-?} rules, $(grep -c . "$SYNTH_WORDS" || true) literal words — measurement only"
fi
((SHIPPED_COUNT > 0)) || warn "the shipped checklists have no literal trigger words yet (\`reviewer rules --words\` prints nothing)"
echo "  sizes in MiB (1,048,576 bytes); MiB/s = input bytes / wall seconds, one process = one core"
echo

# ------------------------------------------------------------------------------ (a) and (b)
declare -A BIG_SECONDS
for set in "${RULESETS[@]}"; do
    mapfile -t extra < <(ruleset_args "$set")
    label=$(ruleset_label "$set")
    # Not `--output /dev/null`: the reviewer writes atomically (temp file + rename), which replaces a
    # device or FIFO given as --output with a regular file — as root, /dev/null itself.
    log "(a) $label rules: reviewer review big.txt, $BIG_RUNS run(s)"
    repeat_measured "$RESULTS/a-$set" "$BIG_RUNS" "$REVIEWER" review "$BIG" --format json \
        --output "$RESULTS/a-$set.json" --fail-on never "${extra[@]}"
    if ((R_STATUS != 0)); then
        warn "reviewer exited with status $R_STATUS on big.txt ($label): $(head -c 400 "$RESULTS/a-$set.stderr")"
        row "(a) ${BIG_MB}MiB, $label rules" "$(mib "$BIG_BYTES")" "failed" "-" "-" "exit 0" "FAIL"
        MISSED+=("(a) $label: reviewer failed (status $R_STATUS)")
        continue
    fi
    BIG_SECONDS[$set]=$R_SECONDS
    speed=$(rate "$BIG_BYTES" "$R_SECONDS")
    findings=$(grep -c '"rule" :' "$RESULTS/a-$set.json" || true)
    echo "(a) $label rules: runs ${R_ALL}s → median ${R_SECONDS}s (CPU ${R_CPU}s), $speed MiB/s per core, peak RSS $(kb_to_mib "$R_RSS_KB") MiB, $findings findings"
    if [[ -n $TARGET_MBPS ]]; then
        if ge "$speed" "$TARGET_MBPS"; then verdict=pass; else verdict=MISSED; MISSED+=("(a) $label: $speed MiB/s < $TARGET_MBPS MiB/s"); fi
        row "(a) ${BIG_MB}MiB, $label rules" "$(mib "$BIG_BYTES")" "$R_SECONDS" "$speed" "$(kb_to_mib "$R_RSS_KB")" ">= $TARGET_MBPS MiB/s" "$verdict"
    else
        row "(a) ${BIG_MB}MiB, $label rules" "$(mib "$BIG_BYTES")" "$R_SECONDS" "$speed" "$(kb_to_mib "$R_RSS_KB")" "(throughput)" "-"
    fi
    rm -f "$RESULTS/a-$set.json"

    log "(b) $label rules: reviewer review mid.txt"
    run_measured "$RESULTS/b-$set" "$REVIEWER" review "$MID" --format json --output "$RESULTS/b-$set.json" \
        --fail-on never "${extra[@]}"
    rm -f "$RESULTS/b-$set.json"
    if ((M_STATUS != 0)); then
        warn "reviewer exited with status $M_STATUS on mid.txt ($label)"
        row "(b) ${MID_MB}MiB, $label rules" "$(mib "$MID_BYTES")" "failed" "-" "-" "< $TARGET_RSS_MB MiB RSS" "FAIL"
        MISSED+=("(b) $label: reviewer failed (status $M_STATUS)")
        continue
    fi
    rss=$(kb_to_mib "$M_RSS_KB")
    echo "(b) $label rules: ${M_SECONDS}s (CPU ${M_CPU}s), $(rate "$MID_BYTES" "$M_SECONDS") MiB/s, peak RSS $rss MiB (target < $TARGET_RSS_MB MiB)"
    if lt "$rss" "$TARGET_RSS_MB"; then verdict=pass; else
        verdict=MISSED; MISSED+=("(b) $label: peak RSS $rss MiB >= $TARGET_RSS_MB MiB"); fi
    row "(b) ${MID_MB}MiB, $label rules" "$(mib "$MID_BYTES")" "$M_SECONDS" "$(rate "$MID_BYTES" "$M_SECONDS")" "$rss" "< $TARGET_RSS_MB MiB RSS" "$verdict"
done

# ------------------------------------------------------------------------------ grep baselines
# The same literal words (`reviewer rules --words`, with the same --checklists), searched in the same
# big.txt. grep/rg count matching lines, so they do far less than the reviewer (no parsing, no rule
# logic, no regular expressions, no report); the ratio is the price of that work.
declare -A BASE_SECONDS WORD_COUNTS
for set in "${RULESETS[@]}"; do
    label=$(ruleset_label "$set")
    words=$SHIPPED_WORDS
    [[ $set == synthetic ]] && words=$SYNTH_WORDS
    grep -v '^$' "$words" > "$RESULTS/words-$set.grep" || true
    WORD_COUNTS[$set]=$(grep -c . "$RESULTS/words-$set.grep" || true)
    if ((WORD_COUNTS[$set] == 0)); then
        echo "grep/rg baseline for $label rules: skipped — no literal trigger words (an empty list matches nothing)"
        continue
    fi
    log "grep -F -c -f ($label words: ${WORD_COUNTS[$set]}) big.txt, $BIG_RUNS run(s)"
    # LC_ALL=C: byte-wise fixed-string search, the fastest correct mode for UTF-8 text and words.
    LC_ALL=C repeat_measured "$RESULTS/grep-$set" "$BIG_RUNS" grep -F -c -f "$RESULTS/words-$set.grep" "$BIG"
    BASE_SECONDS[$set,grep]=$R_SECONDS
    echo "grep -F -c -f ($label words, ${WORD_COUNTS[$set]}): ${R_SECONDS}s (CPU ${R_CPU}s), $(rate "$BIG_BYTES" "$R_SECONDS") MiB/s, $(cat "$RESULTS/grep-$set.stdout") matching lines, peak RSS $(kb_to_mib "$R_RSS_KB") MiB"
    row "grep -F -f, ${BIG_MB}MiB, $label words" "$(mib "$BIG_BYTES")" "$R_SECONDS" "$(rate "$BIG_BYTES" "$R_SECONDS")" "$(kb_to_mib "$R_RSS_KB")" "(baseline)" "-"
    if command -v rg >/dev/null; then
        log "rg -F -c -j 1 -f ($label words) big.txt, $BIG_RUNS run(s)"
        repeat_measured "$RESULTS/rg-$set" "$BIG_RUNS" rg -F -c -j 1 -f "$RESULTS/words-$set.grep" "$BIG"
        BASE_SECONDS[$set,rg]=$R_SECONDS
        echo "rg -F -c -f ($label words, ${WORD_COUNTS[$set]}): ${R_SECONDS}s (CPU ${R_CPU}s), $(rate "$BIG_BYTES" "$R_SECONDS") MiB/s, $(count=$(cat "$RESULTS/rg-$set.stdout"); echo "${count:-0}") matching lines, peak RSS $(kb_to_mib "$R_RSS_KB") MiB"
        row "rg -F -f, ${BIG_MB}MiB, $label words" "$(mib "$BIG_BYTES")" "$R_SECONDS" "$(rate "$BIG_BYTES" "$R_SECONDS")" "$(kb_to_mib "$R_RSS_KB")" "(baseline)" "-"
    fi
done
command -v rg >/dev/null || echo "rg: not installed (apt-get install -y ripgrep, or BENCH_INSTALL=1) — skipped"

# ------------------------------------------------------------------------------ (c) one draft
for set in "${RULESETS[@]}"; do
    mapfile -t extra < <(ruleset_args "$set")
    label=$(ruleset_label "$set")
    cmd=("$REVIEWER" review "$DRAFT" --format json --output "$RESULTS/c-$set.json" --fail-on never "${extra[@]}")
    "${cmd[@]}" || warn "reviewer exited with status $? on the draft ($label)"
    log "(c) $label rules: $DRAFT_RUNS runs of one whole review"
    run_measured "$RESULTS/c-$set" "${cmd[@]}"
    draft_rss=$(kb_to_mib "$M_RSS_KB")
    # hyperfine -N (no shell, so no shell start-up in the figure) splits the command at spaces.
    if command -v hyperfine >/dev/null && ! printf '%s\n' "${cmd[@]}" | grep -q '[[:space:]]'; then
        tool=hyperfine
        hyperfine -N -i --warmup 2 --runs "$DRAFT_RUNS" --export-csv "$RESULTS/c-$set.csv" --style none \
            "${cmd[*]}" > "$RESULTS/c-$set.hyperfine" 2>&1 || warn "hyperfine failed: see $RESULTS/c-$set.hyperfine"
        # command,mean,stddev,median,user,system,min,max (seconds)
        read -r median max cpu < <(tail -n 1 "$RESULTS/c-$set.csv" | awk -F, '{ printf "%.1f %.1f %.1f\n", $(NF-4) * 1000, $NF * 1000, ($(NF-3) + $(NF-2)) * 1000 }')
    else
        tool="date +%s%N loop"
        cpu=-
        "${cmd[@]}" >/dev/null 2>&1 || true  # warm-up
        : > "$RESULTS/c-$set.times"
        for ((i = 0; i < DRAFT_RUNS; i++)); do
            t0=$(date +%s%N); "${cmd[@]}" >/dev/null 2>&1 || true; t1=$(date +%s%N)
            echo $(((t1 - t0) / 1000)) >> "$RESULTS/c-$set.times"
        done
        read -r median max < <(sort -n "$RESULTS/c-$set.times" | awk '{ v[NR] = $1 } END {
            m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f %.1f\n", m / 1000, v[NR] / 1000 }')
    fi
    findings=$(grep -c '"rule" :' "$RESULTS/c-$set.json" || true)
    echo "(c) $label rules, $DRAFT_LEN chars ($tool, $DRAFT_RUNS runs): median $median ms, max $max ms, mean CPU $cpu ms, peak RSS $draft_rss MiB, $findings findings (target < $TARGET_DRAFT_MS ms)"
    if ! lt "$median" "$TARGET_DRAFT_MS"; then verdict=MISSED; MISSED+=("(c) $label: median $median ms >= $TARGET_DRAFT_MS ms")
    elif lt "$max" "$TARGET_DRAFT_MS"; then verdict=pass
    else verdict="pass (median; max over)"; fi
    row "(c) ${DRAFT_LEN} chars, $label rules" "$(mib "$DRAFT_BYTES")" "$(awk -v m="$median" -v x="$max" 'BEGIN { printf "%.3f (max %.3f)", m / 1000, x / 1000 }')" \
        "-" "$draft_rss" "< $TARGET_DRAFT_MS ms" "$verdict"
    rm -f "$RESULTS/c-$set.json"
done

# ---------------------------------------------------------------------------------- summary
echo
echo "reviewer / grep time ratio on (a) (same input, same words; lower is better):"
for set in "${RULESETS[@]}"; do
    label=$(ruleset_label "$set")
    if [[ -z ${BIG_SECONDS[$set]:-} ]]; then echo "  $label rules: n/a (the reviewer run failed)"; continue; fi
    if ((WORD_COUNTS[$set] == 0)); then echo "  $label rules: n/a (no literal trigger words)"; continue; fi
    for base in grep rg; do
        [[ -n ${BASE_SECONDS[$set,$base]:-} ]] || continue
        ratio=$(awk -v a="${BIG_SECONDS[$set]}" -v b="${BASE_SECONDS[$set,$base]}" 'BEGIN { if (b > 0) printf "%.0f", a / b; else print "inf" }')
        echo "  reviewer ($label rules) / $base (${WORD_COUNTS[$set]} words) = ${BIG_SECONDS[$set]}s / ${BASE_SECONDS[$set,$base]}s = ${ratio}x"
    done
done
echo
{
    printf 'input\tMiB\tseconds\tMiB/s\tpeak RSS MiB\ttarget\tresult\n'
    cat "$SUMMARY"
} | if command -v column >/dev/null; then column -t -s $'\t'; else cat; fi
echo
if ((${#MISSED[@]} == 0)); then
    echo "All targets met."
else
    echo "MISSED targets (${#MISSED[@]}):"
    printf '  - %s\n' "${MISSED[@]}"
fi
echo "Inputs: $INPUTS   Details (time -v, stderr, hyperfine): $RESULTS"
exit 0
