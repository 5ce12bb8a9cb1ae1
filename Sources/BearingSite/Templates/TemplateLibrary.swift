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
    /// Every template's source by name, embedded or overridden: what `renderer` was compiled from.
    let sources: [String: String]

    enum LoadError: Error, CustomStringConvertible {
        case missing, invalid(String, String)
        var description: String {
            switch self {
            case .missing: "Bearing's templates are not embedded in this executable (it was built without them)"
            case .invalid(let name, let why): "template \(name) does not parse: \(why)"
            }
        }
    }

    /// `load`, taking `kept`'s compiled templates when they were compiled from the same sources: compiling every
    /// template again was 57 M instructions of a one-file rebuild in process at 200 files (callgrind, session 36), for
    /// the same templates each time; the sources are still read every time, so an edited theme file is compiled.
    static func load(themeFolder: String?, kept: TemplateLibrary?) throws -> TemplateLibrary {
        let (sources, overridden, theme) = try read(themeFolder: themeFolder)
        if let kept, kept.sources == sources { return TemplateLibrary(renderer: kept.renderer, overridden: overridden, theme: theme, sources: sources) }
        return TemplateLibrary(renderer: try TemplateRenderer(sources: sources), overridden: overridden, theme: theme, sources: sources)
    }

    static func load(themeFolder: String?) throws -> TemplateLibrary { try load(themeFolder: themeFolder, kept: nil) }

    /// Every template's source by name, the names of those the theme folder overrides, and the theme's sources.
    private static func read(themeFolder: String?) throws -> ([String: String], [String], [String: String]) {
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
        return (sources, overridden, theme)
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
