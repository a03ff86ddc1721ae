import Foundation
import Testing
@testable import ReviewKit

private let normativeText = """
江临市共享电单车停放管理办法（送审稿）
第一章　总则
第一条　为了规范共享电单车停放秩序，根据有关法律、法规，制定本办法。
第二条　本办法适用于本市城市建成区。
第二章　停放管理
第一节　一般规定
第三条　用户应当文明停放共享电单车。
第四条　经营者应当遵守本办法。
第五条　市城市管理局负责停放秩序的监督管理。
经营者应当履行下列义务：
（一）建立车辆维护制度；
（二）及时清理违规停放车辆；
（三）依法保护用户个人信息，包括：
1.不得泄露用户信息；
2.不得非法出售用户信息。
第三条规定的期限届满后，不再受理。
第二节　禁止行为
第六条　禁止在下列区域停放共享电单车：
（一）机动车道；
（二）盲道。
"""

private let decisionText = """
江临市城区生活垃圾分类收运体系建设实施方案
一、总体要求
（一）指导思想。坚持以人民为中心的发展思想。
（二）基本原则。
1.政府推动、全民参与。
2.因地制宜、分步实施。
（1）先行试点。
（2）逐步推开。
二、主要任务
（一）完善分类投放设施。
1、住宅小区按标准设置分类投放点。
"""

private let contractText = """
江临市临江区城区道路保洁项目特许经营协议
甲方：江临市临江区人民政府
乙方：江临洁源环境服务有限公司
第四条　服务费及支付
4.1　本项目年度服务费为人民币三百万元。
4.2　服务费按季度支付。
第五条　甲方的权利和义务
5.1　甲方有权对乙方的服务质量进行监督检查。
5.2　甲方负责协调提供环卫作业车辆停放场地。
1.5万元以下的维修费用由乙方承担。
"""

@Suite("结构解析")
struct OutlineTests {
    @Test("章、节、条、款、项、目 are recognised with their numbers")
    func normativeOutline() {
        let document = parse(normativeText)
        #expect(document.labels(.chapter) == ["第一章", "第二章"])
        #expect(document.labels(.section) == ["第一节", "第二节"])
        #expect(document.labels(.article) == ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条"])
        #expect(document.units.filter { $0.kind == .article }.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(document.labels(.item) == ["（一）", "（二）", "（三）", "（一）", "（二）"])
        #expect(document.units.filter { $0.kind == .subitem }.map(\.number) == [1, 2])
    }

    @Test("articlePath names 条、款、项、目 as a reviewer writes them", arguments: [
        ("市城市管理局负责", "第五条第一款"),
        ("经营者应当履行下列义务", "第五条第二款"),
        ("建立车辆维护制度", "第五条第二款第（一）项"),
        ("依法保护用户个人信息", "第五条第二款第（三）项"),
        ("不得非法出售用户信息", "第五条第二款第（三）项第2目"),
        ("不再受理", "第五条第三款"),
        ("用户应当文明停放", "第三条"),
        ("盲道", "第六条第（二）项"),
        ("总则", "第一章"),
        ("一般规定", "第二章第一节"),
    ])
    func normativePaths(needle: String, path: String) {
        let document = parse(normativeText)
        #expect(document.articlePath(at: document.offset(of: needle)) == path)
    }

    @Test("a line starting with a reference (第三条规定的…) is not an article")
    func referenceIsNotAnArticle() {
        let document = parse(normativeText)
        #expect(document.labels(.article).filter { $0 == "第三条" }.count == 1)
        let unit = document.unitIndex(at: document.offset(of: "不再受理")).map { document.units[$0] }
        #expect(unit?.kind == .clause)
    }

    @Test("an article whose text begins with 中、规、所、第… is still an article", arguments: [
        "第二条　中华人民共和国境内的经营者适用本办法。", "第二条　规划主管部门负责组织实施。",
        "第二条　所有经营者应当遵守本办法。", "第二条　第三方平台应当配合监督检查。",
    ])
    func articleTextStartingWithReferenceWord(line: String) {
        let document = parse("江临市管理办法\n第一条　为了规范管理，制定本办法。\n" + line + "\n第三条　本办法自印发之日起施行。")
        #expect(document.labels(.article) == ["第一条", "第二条", "第三条"])
        
    }

    @Test("the title line is outside every unit")
    func titleHasNoPath() {
        let document = parse(normativeText)
        #expect(document.articlePath(at: 2) == nil)
        #expect(document.location(of: TextSpan(0, 4)).article == nil)
    }

    @Test("a unit's span covers its children; children follow their parent")
    func spansNest() throws {
        let document = parse(normativeText)
        let article = try #require(document.units.firstIndex { $0.label == "第五条" })
        let children = document.childIndices(of: article)
        #expect(children.map { document.units[$0].kind } == [.clause, .clause, .clause])
        for child in children { #expect(document.units[article].span.contains(document.units[child].span)) }
        #expect(document.text(document.units[article].span).hasPrefix("第五条"))
        #expect(document.text(document.units[article].span).hasSuffix("不再受理。"))
    }

    @Test("headings 一、（一）1.（1） without articles", arguments: [
        ("基本原则", "一、（二）"),
        ("因地制宜", "一、（二）2."),
        ("逐步推开", "一、（二）2.（2）"),
        ("完善分类投放设施", "二、（一）"),
        ("住宅小区", "二、（一）1."),
        ("总体要求", "一、"),
    ])
    func headingPaths(needle: String, path: String) {
        let document = parse(decisionText)
        #expect(document.articlePath(at: document.offset(of: needle)) == path)
    }

    @Test("heading kinds and labels")
    func headingKinds() {
        let document = parse(decisionText)
        #expect(document.labels(.heading1) == ["一、", "二、"])
        #expect(document.labels(.heading2) == ["（一）", "（二）", "（一）"])
        #expect(document.labels(.heading3) == ["1.", "2.", "1."])
        #expect(document.labels(.heading4) == ["（1）", "（2）"])
        #expect(document.labels(.article).isEmpty)
    }

    @Test("contract numbering: 第五条 with 5.1 / 5.2 sub-clauses; 1.5万元 is an amount, not a label")
    func contractOutline() {
        let document = parse(contractText)
        #expect(document.labels(.article) == ["第四条", "第五条"])
        #expect(document.labels(.subclause) == ["4.1", "4.2", "5.1", "5.2"])
        #expect(document.units.filter { $0.kind == .subclause }.map(\.number) == [1, 2, 1, 2])
        #expect(document.articlePath(at: document.offset(of: "甲方负责协调")) == "第五条5.2")
        #expect(document.articlePath(at: document.offset(of: "服务费按季度")) == "第四条4.2")
        #expect(document.articlePath(at: document.offset(of: "1.5万元以下")).map { $0.hasPrefix("第五条") } == true)
        #expect(!document.labels(.subclause).contains("1.5"))
    }

    @Test("scopeSpan: sentence, 款, 条 and document around an offset")
    func scopes() {
        let document = parse(normativeText)
        let offset = document.offset(of: "及时清理违规")
        #expect(document.text(document.scopeSpan(.sentence, at: offset)) == "及时清理违规停放车辆；")
        #expect(document.text(document.scopeSpan(.article, at: offset)).hasPrefix("第五条"))
        #expect(document.text(document.scopeSpan(.clause, at: offset)).hasPrefix("经营者应当履行下列义务"))
        #expect(document.scopeSpan(.document, at: offset) == document.fullSpan)
    }
}

@Suite("中文数字")
struct ChineseNumeralTests {
    @Test("parsing", arguments: [
        ("十二", 12), ("十", 10), ("一百零五", 105), ("二千零一十", 2010), ("二〇二六", 2026), ("二○二六", 2026),
        ("一千零五十", 1050), ("两百", 200), ("三十一", 31), ("九十九", 99), ("一百一十", 110), ("12", 12), ("五", 5),
    ])
    func parse(text: String, value: Int) {
        #expect(ChineseNumeral.parse(text) == value)
    }

    @Test("not numerals", arguments: ["", "条", "十二条", "1二", "a1", "一.五"])
    func notNumerals(text: String) {
        #expect(ChineseNumeral.parse(text) == nil)
    }

    @Test("formatting as in article numbers", arguments: [
        (1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (105, "一百零五"), (110, "一百一十"), (1000, "一千"),
        (2010, "二千零一十"), (1001, "一千零一"), (9999, "九千九百九十九"),
    ])
    func format(value: Int, text: String) {
        #expect(ChineseNumeral.format(value) == text)
    }

    @Test("format and parse round-trip for 1…9999")
    func roundTrip() {
        for value in 1...9999 where ChineseNumeral.parse(ChineseNumeral.format(value)) != value {
            Issue.record("\(value) → \(ChineseNumeral.format(value)) → \(String(describing: ChineseNumeral.parse(ChineseNumeral.format(value))))")
            return
        }
    }
}

@Suite("分句")
struct SentenceTests {
    private func sentences(_ text: String) -> [String] {
        let document = parse(text)
        return document.sentences.map { document.text($0.span) }
    }

    @Test("splits at 。；！？ but not inside “…” 《…》 （…）")
    func splitting() {
        let text = "第一条　经营者应当遵守“不得随意停放。违者必究。”的规定；用户应当配合！是否需要备案？"
            + "根据《中华人民共和国道路交通安全法。实施条例》（以下简称条例。）制定。"
        #expect(sentences(text) == [
            "经营者应当遵守“不得随意停放。违者必究。”的规定；", "用户应当配合！", "是否需要备案？",
            "根据《中华人民共和国道路交通安全法。实施条例》（以下简称条例。）制定。",
        ])
    }

    @Test("a line break ends a sentence; the label is not part of the first sentence; a bare heading keeps its label")
    func linesAndLabels() {
        #expect(sentences("第一章\n第二章　总则\n第一条　为了规范管理\n（一）建立制度；（二）及时清理。") == [
            "第一章", "总则", "为了规范管理", "建立制度；", "（二）及时清理。",
        ])
    }

    @Test("a full stop inside quotes does not end the sentence; the one after does")
    func trailingClosers() {
        #expect(sentences("一、总体要求\n（一）目标。坚持“以人民为中心。”，推进工作。") == [
            "总体要求", "目标。", "坚持“以人民为中心。”，推进工作。",
        ])
    }

    @Test("each sentence knows its line and its deepest unit")
    func sentenceUnits() throws {
        let document = parse(normativeText)
        let sentence = try #require(document.sentences.first { document.text($0.span) == "盲道。" })
        #expect(sentence.line == 19)
        let unit = try #require(sentence.unit)
        #expect(document.units[unit].label == "（二）")
        #expect(document.sentenceIndex(at: sentence.span.start).map { document.sentences[$0] } == sentence)
    }
}

@Suite("规范化与原文引用")
struct NormalizationTests {
    @Test("normal forms", arguments: [
        ("第 1 0 条", "第10条"),
        ("经营者(以下简称甲方),应当;如下:", "经营者（以下简称甲方），应当；如下："),
        ("１２３ＡＢＣ％", "123ABC%"),
        ("\u{3000}\u{3000}全角空格\t制表\r\n换行", "全角空格制表\n换行"),
        ("零\u{200B}宽\u{FEFF}字符\u{00A0}", "零宽字符"),
        ("是否!是否?", "是否！是否？"),
        ("，；：（）！？", "，；：（）！？"),
    ])
    func normalForms(input: String, output: String) {
        #expect(NormalizedText.normalize(input) == output)
        #expect(NormalizedText(Array(input.utf16)).string == output)
    }

    @Test("第 1 0 条 is article 10; quotes are the exact original text")
    func quotesAreOriginal() throws {
        let text = "江临市共享电单车停放管理办法\n第 1 0 条　经营者(以下简称甲方),应当在１５日内改正!\n第 1 1 条 本办法自2027年1月1日起施行."
        let document = parse(text)
        #expect(document.labels(.article) == ["第10条", "第11条"])
        #expect(document.units.filter { $0.kind == .article }.map(\.number) == [10, 11])
        #expect(document.text(document.sentences[1].span) == "经营者（以下简称甲方），应当在15日内改正！")
        #expect(document.quote(document.sentences[1].span) == "经营者(以下简称甲方),应当在１５日内改正!")
        #expect(document.quote(document.span(of: "（以下简称甲方），")) == "(以下简称甲方),")
        #expect(document.quote(document.span(of: "第10条")) == "第 1 0 条")
        let location = document.location(of: document.span(of: "经营者"))
        #expect(location.line == 2)
        #expect(location.column == 9)
        #expect(location.article == "第10条")
        let quoted = document.quote(document.sentences[1].span)
        let range = try #require(text.range(of: quoted))
        #expect(location.offset == text.utf16.distance(from: text.utf16.startIndex, to: range.lowerBound))
    }

    @Test("location(of:) counts lines and columns of the source with CRLF and full-width indents")
    func locationWithCRLF() {
        let text = "江临市共享电单车停放管理办法\r\n　　第一条　为了规范管理，制定本办法。\r\n\r\n　　第二条　经营者应当遵守本办法。\r\n"
        let document = parse(text)
        let span = document.span(of: "经营者应当遵守本办法。")
        let location = document.location(of: span)
        #expect(location.line == 4)
        #expect(location.column == 7)
        #expect(location.article == "第二条")
        #expect(location.length == 11)
        #expect(location.file == "草案.txt")
        #expect(document.quote(span) == "经营者应当遵守本办法。")
        #expect(document.quote(document.lines[1]) == "第一条　为了规范管理，制定本办法。")
    }

    @Test("columns count characters, not UTF-16 units (characters outside the BMP)")
    func columnsAfterSupplementaryCharacters() {
        let document = parse("第一条　𠀾𠁀字号的经营者应当登记。")
        let location = document.location(of: document.span(of: "经营者"))
        #expect(location.line == 1)
        #expect(location.column == 10)
    }
}

@Suite("元数据")
struct MetadataTests {
    @Test("title on one line")
    func singleLineTitle() {
        let document = parse(normativeText)
        #expect(document.metadata.title == "江临市共享电单车停放管理办法（送审稿）")
        #expect(document.metadata.titleSpan.map(document.text) == "江临市共享电单车停放管理办法（送审稿）")
    }

    @Test("a title broken over two lines is joined")
    func twoLineTitle() throws {
        let text = """
        江临市人民政府关于进一步加强
        共享电单车停放管理的通知
        各区人民政府，市政府各部门：
        为加强共享电单车停放管理，现就有关事项通知如下。
        """
        let document = parse(text)
        #expect(document.metadata.title == "江临市人民政府关于进一步加强共享电单车停放管理的通知")
        let span = try #require(document.metadata.titleSpan)
        #expect(document.quote(span) == "江临市人民政府关于进一步加强\n共享电单车停放管理的通知")
        // With no signature block, the issuer comes from the title.
        #expect(document.metadata.issuer == "江临市人民政府")
    }

    private let notice = """
    临政规〔2026〕3号
    江临市人民政府关于印发江临市共享电单车停放管理办法的通知
    各区人民政府，市政府各部门：
    现将《江临市共享电单车停放管理办法》印发给你们，请认真贯彻执行。
    本办法自2026年5月1日起施行，有效期5年。
    江临市人民政府
    2026年3月1日
    """

    @Test("发文字号, written date and issuer from the signature block")
    func documentNumberAndSignature() throws {
        let document = parse(notice)
        #expect(document.metadata.documentNumber == "临政规〔2026〕3号")
        #expect(document.metadata.documentNumberSpan.map(document.text) == "临政规〔2026〕3号")
        #expect(document.metadata.title == "江临市人民政府关于印发江临市共享电单车停放管理办法的通知")
        #expect(document.metadata.issuer == "江临市人民政府")
        let written = try #require(document.metadata.writtenDate)
        #expect((written.year, written.month, written.day) == (2026, 3, 1))
        #expect(document.location(of: written.span).line == 7)
    }

    @Test("自2026年5月1日起施行 → effective date; 有效期 → validity clause")
    func effectiveDateAndValidity() throws {
        let document = parse(notice)
        let effective = try #require(document.metadata.effectiveDate)
        #expect(effective.displayText == "2026年5月1日")
        #expect(document.metadata.effectiveClause.map(document.text) == "本办法自2026年5月1日起施行，有效期5年。")
        #expect(document.metadata.validityClause.map(document.text) == "本办法自2026年5月1日起施行，有效期5年。")
    }

    @Test("validity in its own sentence; 自印发之日起施行 has a clause but no date")
    func validitySeparate() {
        let text = "江临市共享电单车停放管理办法\n第二十八条　本办法自印发之日起施行。\n本办法有效期至2031年4月30日。"
        let document = parse(text)
        #expect(document.metadata.effectiveDate == nil)
        #expect(document.metadata.effectiveClause.map(document.text) == "本办法自印发之日起施行。")
        #expect(document.metadata.validityClause.map(document.text) == "本办法有效期至2031年4月30日。")
    }

    @Test("dates in Arabic and Chinese numerals; impossible dates are ignored")
    func dates() {
        let text = """
        江临市共享电单车停放管理办法
        第一条　自2026年3月1日起至二〇二六年十二月三十一日止，每年三月十五日前报送，2026年13月1日无效，２０２７年１月２日。
        二〇二六年三月一日
        """
        let document = parse(text)
        let dates = document.metadata.dates.map { [$0.year ?? 0, $0.month, $0.day] }
        #expect(dates == [[2026, 3, 1], [2026, 12, 31], [0, 3, 15], [2027, 1, 2], [2026, 3, 1]])
        #expect(document.metadata.dates.map(\.displayText) == ["2026年3月1日", "2026年12月31日", "3月15日", "2027年1月2日", "2026年3月1日"])
        let written = document.metadata.writtenDate
        #expect(written.map { [$0.year ?? 0, $0.month, $0.day] } == [2026, 3, 1])
        #expect(written.map { document.text($0.span) } == "二〇二六年三月一日")
    }

    @Test("a date followed by 印发 is the issue date")
    func issuedDate() {
        let document = parse("江临市共享电单车停放管理办法\n第一条　为了规范管理，制定本办法。\n江临市人民政府办公室\n2026年3月5日印发")
        #expect(document.metadata.issuedDate?.displayText == "2026年3月5日")
        #expect(document.metadata.writtenDate == nil)
        #expect(document.metadata.issuer == "江临市人民政府办公室")
    }

    @Test("issuer from a department's signature block")
    func departmentIssuer() {
        let text = normativeText + "\n江临市交通运输局\n2026年3月1日"
        #expect(parse(text).metadata.issuer == "江临市交通运输局")
    }

    @Test("a 版头 (发文机关标志) line above the 发文字号 is not the title")
    func letterheadIsNotTitle() {
        let document = parse("江临市人民政府文件\n" + notice)
        #expect(document.metadata.documentNumber == "临政规〔2026〕3号")
        #expect(document.metadata.title == "江临市人民政府关于印发江临市共享电单车停放管理办法的通知")
        
    }
}

@Suite("文件种类识别")
struct KindDetectorTests {
    @Test("contract by its title")
    func contractByTitle() {
        let result = KindDetector.detect(parse(contractText))
        #expect(result.kind == .contract)
        #expect(result.reason == "标题以“协议”结尾")
    }

    @Test("contract by 甲方/乙方 in the text")
    func contractByParties() {
        let text = "江临市临江区环卫作业服务约定书\n甲方：江临市临江区人民政府\n乙方：江临洁源环境服务有限公司\n一、甲方按季度支付服务费。"
        let result = KindDetector.detect(parse(text))
        #expect(result.kind == .contract)
        #expect(result.reason == "正文约定“甲方”“乙方”的权利义务")
    }

    @Test("decision by its title")
    func decision() {
        let result = KindDetector.detect(parse(decisionText))
        #expect(result.kind == .decision)
        #expect(result.reason == "标题以“实施方案”结尾，属于决策方案类文件")
    }

    @Test("normative by its title (…办法（送审稿）)")
    func normative() {
        let result = KindDetector.detect(parse(normativeText))
        #expect(result.kind == .normative)
        #expect(result.reason == "标题以“办法”结尾，属于规范性文件常用名称")
    }

    @Test("normative by its articles when the title says nothing")
    func normativeByArticles() {
        let result = KindDetector.detect(parse("江临市共享电单车停放若干事项\n第一条　为了规范管理，制定本文件。\n第二条　本文件适用于本市。"))
        #expect(result.kind == .normative)
        #expect(result.reason == "正文按“第×条”分条规定")
    }

    @Test("the shipped examples", arguments: [
        ("normative-draft.txt", DraftKind.normative), ("decision-draft.txt", .decision), ("contract-draft.txt", .contract),
    ])
    func examples(file: String, kind: DraftKind) throws {
        let source = try SourceLoader.load(path: packageRoot.appendingPathComponent("examples/\(file)").path)
        #expect(KindDetector.detect(DocumentParser.parse(source)).kind == kind)
    }

    @Test("a 办法 whose subject contains 规划, 计划, 合同 or 协议 is still a normative document", arguments: [
        "江临市城乡规划管理办法（送审稿）", "江临市计划生育家庭奖励扶助办法", "江临市政府合同管理办法", "江临市行政协议管理规定",
    ])
    func normativeWithPlanningWords(title: String) {
        let document = parse(title + "\n第一条　为了规范管理，制定本办法。\n第二条　本办法适用于本市。")
        #expect(KindDetector.detect(document).kind == .normative)
        
    }
}
