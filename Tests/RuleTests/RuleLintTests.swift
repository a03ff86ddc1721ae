import Foundation
import ReviewKit
import Testing

/// Rules about rules (Semgrep's rule lints): what every shipped rule must carry.
@Suite("规则自检")
struct RuleLintTests {
    @Test("每条规则的编号前缀即其类别，且编号唯一")
    func idsMatchCategories() throws {
        var seen = Set<String>()
        for check in ShippedRules.all {
            let rule = check.definition
            #expect(rule.id.hasPrefix(rule.category.rawValue + "."), "\(rule.id) 的前缀应为 \(rule.category.rawValue).")
            #expect(seen.insert(rule.id).inserted, "\(rule.id) 重复")
        }
    }

    @Test("随附的检查清单按类别分文件夹存放")
    func checklistFoldersMatchCategories() {
        for rule in ShippedRules.checklistRules {
            let folder = ((rule.definition.origin as NSString).deletingLastPathComponent as NSString).lastPathComponent
            #expect(folder == rule.definition.category.rawValue, "\(rule.definition.origin) 应放在 \(rule.definition.category.rawValue)/ 下")
        }
    }

    @Test("每条规则至少有3个应报出和3个不应报出的示例")
    func examplesPresent() {
        for check in ShippedRules.all {
            let rule = check.definition
            let triggers = rule.examples.filter { $0.expectation == .trigger }.count
            let cleans = rule.examples.filter { $0.expectation == .clean }.count
            #expect(triggers >= 3 && cleans >= 3, "\(rule.id)：trigger \(triggers) 条，clean \(cleans) 条")
        }
    }

    @Test("每条依据都能在登记表中找到，并写明条文原文")
    func basisResolves() {
        for check in ShippedRules.all {
            let rule = check.definition
            #expect(!rule.basis.isEmpty, "\(rule.id) 没有依据")
            for basis in rule.basis {
                #expect(ShippedRules.laws.entries[basis.law] != nil, "\(rule.id)：登记表中没有 \(basis.law)")
                #expect(!basis.article.isEmpty && !basis.statement.isEmpty, "\(rule.id)：依据缺少条款或说明")
                #expect(basis.text?.isEmpty == false, "\(rule.id)：依据 \(basis.law)\(basis.article) 缺少条文原文（text）")
            }
        }
    }

    @Test("标题、说明和修改建议不为空")
    func textsPresent() {
        for rule in ShippedRules.checklistRules {
            #expect(!rule.definition.title.isEmpty && !rule.message.isEmpty && !rule.suggestion.isEmpty, "\(rule.definition.id)")
        }
    }
}
