/// One page to write: where it goes, which template renders it, and with what.
struct Page {
    var path: String
    var template: String
    var title: String
    var kind: String
    var context: TemplateValue
    var scripts: [String] = []
}
