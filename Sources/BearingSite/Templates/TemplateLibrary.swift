import BearingAlign
import BearingModel
import Foundation

/// The Mustache templates, embedded in Bearing; a workspace overrides any of them by placing a file of
/// the same name in `theme/` (e.g. `theme/dashboard.mustache`). `{{value}}` is escaped; `{{{html}}}` is
/// used only for HTML that Bearing rendered and escaped itself.
struct TemplateLibrary: Sendable {
    let renderer: TemplateRenderer
    /// Templates taken from the workspace's theme folder.
    let overridden: [String]
    /// Their sources by name: what page keys hold of the theme, as read (through a linked `theme/` too).
    let theme: [String: String]

    enum LoadError: Error, CustomStringConvertible {
        case missing, invalid(String, String)
        var description: String {
            switch self {
            case .missing: "Bearing's templates are not embedded in this executable (it was built without them)"
            case .invalid(let name, let why): "template \(name) does not parse: \(why)"
            }
        }
    }

    static func load(themeFolder: String?) throws -> TemplateLibrary {
        let folder = "BearingSite/templates/"
        var sources: [String: String] = [:]
        for path in EmbeddedFiles.paths where path.hasPrefix(folder) && path.hasSuffix(".mustache") {
            sources[String(path.dropFirst(folder.count).dropLast(".mustache".count))] = EmbeddedFiles.text(path)
        }
        guard !sources.isEmpty else { throw LoadError.missing }
        var overridden: [String] = [], theme: [String: String] = [:]
        if let themeFolder, let names = try? FileManager.default.contentsOfDirectory(atPath: themeFolder) {
            for name in names.sorted() where name.hasSuffix(".mustache") {
                let source = try String(contentsOfFile: themeFolder + "/" + name, encoding: .utf8)
                sources[String(name.dropLast(".mustache".count))] = source
                theme[name] = source
                overridden.append(name)
            }
        }
        return TemplateLibrary(renderer: try TemplateRenderer(sources: sources), overridden: overridden, theme: theme)
    }

    func render(_ context: TemplateValue, template: String, capacity: Int = 4096) -> [UInt8] {
        renderer.render(template, context, capacity: capacity)
    }
}

extension TemplateRenderer {
    /// Compiles every source (name → Mustache text); the first that does not parse is the error.
    init(sources: [String: String]) throws {
        var templates: [String: Template] = [:]
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do { templates[name] = try Template(source) } catch { throw TemplateLibrary.LoadError.invalid(name, "\(error)") }
        }
        self.init(templates: templates)
    }
}
