/// English function words and planning filler that never explain a link, whatever their vector says.
enum StopWords {
    static func contains(_ word: String) -> Bool { words.contains(word) }

    static let words: Set<String> = [
        "about", "above", "after", "again", "against", "all", "also", "among", "and", "any", "are", "around", "because", "been",
        "before", "being", "below", "between", "both", "but", "can", "could", "did", "does", "doing", "down", "during", "each",
        "either", "else", "enough", "etc", "even", "ever", "every", "few", "for", "from", "further", "get", "gets", "getting",
        "got", "had", "has", "have", "having", "her", "here", "hers", "him", "his", "how", "however", "into", "its", "itself",
        "just", "least", "less", "like", "made", "make", "makes", "many", "may", "might", "more", "most", "much", "must", "near",
        "need", "needs", "neither", "never", "next", "nor", "not", "now", "off", "often", "once", "one", "only", "onto", "other",
        "others", "our", "ours", "ourselves", "out", "over", "own", "per", "perhaps", "put", "quite", "rather", "really", "same",
        "see", "several", "shall", "she", "should", "since", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "then", "there", "these", "they", "thing", "things", "this", "those", "though", "through", "thus", "till", "too", "toward",
        "towards", "under", "until", "upon", "use", "used", "using", "very", "via", "was", "way", "ways", "well", "were", "what",
        "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would",
        "yet", "you", "your", "yours", "new", "call", "calls", "work", "works", "working", "team", "teams", "week", "weeks",
        "month", "months", "quarter", "year", "years", "day", "days", "time", "times", "done", "todo", "tbd", "etc", "able",
        "going", "want", "wants", "take", "takes", "keep", "keeps", "let", "lets", "first", "second", "third", "last",
    ]
}
