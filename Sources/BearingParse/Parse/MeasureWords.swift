import BearingModel

/// The few words around a key result's figures, as German, French, Spanish, Portuguese, Italian and Dutch plans write
/// them, put into the English that `ProgressReader` reads: "von 60 % auf 75 %, aktuell 70 %" is "from 60 % to 75 %,
/// now 70 %", "3 von 5 Diensten" is "3 of 5", "Réduire le churn de 20 %" is "by 20 %". Read as written, the trailing
/// "75 %" of "Aumentar la retención de 60 % a 75 %" was taken for three quarters done.
///
/// Only words right before or between figures are changed, and only for reading: the key result keeps its text.
enum MeasureWords {
    /// "auf 75 %", "à 75 %", "al 75 %", "bis 2027"… a target after a preposition. Spanish, Portuguese and Italian "a" is an
    /// English article too ("Run a 5k"), so it counts only in a text that holds another word of those languages.
    private static let to = Pattern(#"(?<!\w)(?:auf|bis|à|al|para|hasta|até|naar|tot|fino a) +(?=[$€£]?\d)"#,
                                    needs: ["auf ", "bis ", "al ", "para ", "hasta ", "naar ", "tot ", "fino a "])
    private static let romanceA = Pattern(#"(?<!\w)a +(?=[$€£]?\d)"#, needs: ["a "])
    private static let romanceWords = Pattern(#"(?<!\w)(?:la|el|los|las|del|de|en|um|uma|os|da|do|des|le|les|du|il|di|per|que|con|com) "#,
                                              needs: ["la ", "el ", "los ", "las ", "de ", "en ", "um ", "uma ", "os ", "da ", "do ", "des ",
                                                      "le ", "les ", "du ", "il ", "di ", "per ", "que ", "con ", "com "])
    /// "von 60 % to 75 %": the start of a range, once its target has become "to".
    private static let from = Pattern(#"(?<!\w)(?:von|de|desde|da|dal|dalla|dai|van|depuis) +(?=[$€£]?\d[\d.,]*\s*(?:%|[[:alpha:]]{1,12})? +to )"#,
                                      needs: [" to "])
    /// "aktuell 70 %", "actuellement à 70 %", "actualmente: 70 %": the current value.
    private static let now = Pattern(
        #"(?<!\w)(?:jetzt|aktuell|derzeit|momentan|zurzeit|actuellement|aujourd'hui|aujourd’hui|actualmente|atualmente|attualmente|ahora|agora|ora|momenteel|nu|hoy|hoje|heute)(?: +(?:bei|à|a|en|em|est|es|ist|está|sind|liegt bei|op))? *[:=]? *(?=[$€£]?\d)"#,
        needs: ["jetzt", "aktuell", "derzeit", "momentan", "zurzeit", "actuellement", "aujourd", "actualmente", "atualmente", "attualmente",
                "ahora", "agora", "ora", "momenteel", "nu", "hoy", "hoje", "heute"])
    /// "3 von 5", "2 de 4", "3 sur 5", "3 su 5", "3 van 5": a count of a total.
    private static let of = Pattern(#"(?<=\d) +(?:von|de|sur|su|van|di|z) +(?=[$€£]?\d)"#, needs: [" von ", " de ", " sur ", " su ", " van ", " di ", " z "])
    /// "de 20 %", "um 20 %", "en un 20 %", "par 20 %": a change by a share, which is a target, not a share done.
    private static let by = Pattern(#"(?<!\w)(?:um|de|del|en|en un|de un|par) +(?=\d[\d.,]* *%)"#, needs: ["um ", "de ", "en ", "par "])
    /// "mindestens 80 %", "au moins 80 %", "más de 100": a bound aimed at.
    private static let bound = Pattern(
        #"(?<!\w)(?:mindestens|wenigstens|au moins|al menos|por lo menos|pelo menos|almeno|ten minste|minimaal|über|plus de|más de|mais de|oltre|unter|moins de|menos de|sotto|maximal|höchstens|au plus|como máximo|no máximo) +(?=[$€£]?\d)"#,
        needs: ["mindestens", "wenigstens", "moins", "menos", "almeno", "minste", "minimaal", "plus de", "mais de", "oltre", "unter", "sotto",
                "maximal", "au plus"])
    private static let belowWords = ["unter", "moins", "menos", "sotto", "maximal", "höchstens", "au plus", "máximo"]
    /// "60 % erledigt", "60 % terminé": the share done, as "60% done".
    private static let done = Pattern(
        #"(?<=%) *(?:erledigt|fertig|abgeschlossen|umgesetzt|terminé|terminée|fait|réalisé|hecho|completado|completada|terminado|feito|concluído|concluída|completato|fatto|gereed|klaar|voltooid)(?!\w)"#,
        needs: ["erledigt", "fertig", "abgeschlossen", "umgesetzt", "termin", "fait", "hecho", "complet", "feito", "fatto", "gereed", "klaar", "voltooid"])

    /// The text with those words in English; the text itself when it holds none.
    static func english(_ text: String) -> String {
        var result = text
        result = replace(now, in: result, with: "now ")
        result = replace(bound, in: result) { match in
            let word = match.lowercased()
            return belowWords.contains { word.contains($0) } ? "at most " : "at least "
        }
        result = replace(to, in: result, with: "to ")
        if romanceA.matches(result), romanceWords.matches(result) { result = replace(romanceA, in: result, with: "to ") }
        result = replace(from, in: result, with: "from ")
        result = replace(of, in: result, with: " of ")
        result = replace(by, in: result, with: "by ")
        result = replace(done, in: result, with: " done")
        return result
    }

    private static func replace(_ pattern: Pattern, in text: String, with replacement: String) -> String {
        replace(pattern, in: text) { _ in replacement }
    }

    private static func replace(_ pattern: Pattern, in text: String, _ replacement: (String) -> String) -> String {
        let ranges = pattern.allRanges(in: text)
        guard !ranges.isEmpty else { return text }
        var result = "", last = text.startIndex
        for range in ranges {
            result += text[last..<range.lowerBound]
            result += replacement(String(text[range]))
            last = range.upperBound
        }
        result += text[last...]
        return result
    }
}
