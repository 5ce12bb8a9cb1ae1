/// Which words the token vectors can read. They were distilled from an English sentence model: its vocabulary has
/// pieces for Chinese, Japanese, Korean, Cyrillic or Arabic characters, but their vectors say little about what a text
/// means. robustmq's Chinese roadmap items ("完善 RobustMQ 的官网和技术文档", improve the website and documentation)
/// were linked to "messaging protocols" at 0.89 with no word to show for it. Words in another script are left out of
/// inference, so an item written mostly in one has too little text to link (`ContentWords`), which the reports say.
package enum ReadableScript {
    /// True when every letter of the word is Latin (accents are stripped by the tokenizer): ASCII, Latin-1,
    /// Latin Extended-A and -B, Latin Extended Additional.
    package static func reads<Text: StringProtocol>(_ word: Text) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        return word.unicodeScalars.allSatisfy { scalar in
            guard scalar.properties.isAlphabetic else { return true }
            switch scalar.value {
            case 0...0x24F, 0x1E00...0x1EFF: return true
            default: return false
            }
        }
    }
}
