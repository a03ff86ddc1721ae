/// Chinese and Arabic numerals as they appear in article numbers, dates and amounts.
public enum ChineseNumeral {
    static let digits: [Character: Int] = [
        "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
        "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let multipliers: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

    /// Characters that may make up a numeral in an article number.
    public static let characters: Set<Character> = Set(digits.keys).union(multipliers.keys)
        .union("0123456789")

    /// Parses “十二”, “一百零五”, “二千零一”, “12”, or a digit-by-digit form like “二〇二六”; nil when not a numeral.
    public static func parse(_ text: some StringProtocol) -> Int? {
        guard !text.isEmpty else { return nil }
        if text.allSatisfy(\.isASCII) { return text.allSatisfy(\.isNumber) ? Int(text) : nil }
        if !text.contains(where: { multipliers[$0] != nil }) {
            // Digit by digit: 二〇二六
            var value = 0
            for character in text {
                guard let digit = digits[character] else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        var total = 0, current = 0
        for character in text {
            if let digit = digits[character] {
                current = digit
            } else if let multiplier = multipliers[character] {
                total += (current == 0 ? 1 : current) * multiplier
                current = 0
            } else {
                return nil
            }
        }
        return total + current
    }

    /// Writes `value` (0…9999) the way article numbers are written: 十二, 一百零五, 二千零一十.
    public static func format(_ value: Int) -> String {
        guard value > 0 else { return "零" }
        guard value < 10000 else { return String(value) }
        let names = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        let units = ["千", "百", "十", ""]
        let parts = [value / 1000, value / 100 % 10, value / 10 % 10, value % 10]
        var result = "", pendingZero = false
        for (index, digit) in parts.enumerated() {
            if digit == 0 {
                if !result.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero { result += "零"; pendingZero = false }
            if !(digit == 1 && index == 2 && result.isEmpty) { result += names[digit] }
            result += units[index]
        }
        return result
    }
}
