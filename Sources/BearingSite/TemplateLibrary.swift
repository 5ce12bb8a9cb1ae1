import Foundation
import Mustache

/// The Mustache templates, bundled with Bearing; a workspace overrides any of them by placing a file of
/// the same name in `theme/` (e.g. `theme/dashboard.mustache`). Mustache escapes `{{value}}` by default;
/// `{{{html}}}` is used only for HTML that Bearing rendered and escaped itself.
struct TemplateLibrary {
    let library: MustacheLibrary
    /// Templates taken from the workspace's theme folder.
    let overridden: [String]

    enum LoadError: Error, CustomStringConvertible {
        case missing, invalid(String, String)
        var description: String {
            switch self {
            case .missing: "Bearing's templates are missing from its resources"
            case .invalid(let name, let why): "template \(name) does not parse: \(why)"
            }
        }
    }

    static func load(themeFolder: String?) throws -> TemplateLibrary {
        guard let folder = Bundle.module.url(forResource: "templates", withExtension: nil) else { throw LoadError.missing }
        var sources: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") {
            sources[String(name.dropLast(".mustache".count))] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        var overridden: [String] = []
        if let themeFolder, let names = try? FileManager.default.contentsOfDirectory(atPath: themeFolder) {
            for name in names.sorted() where name.hasSuffix(".mustache") {
                sources[String(name.dropLast(".mustache".count))] = try String(contentsOfFile: themeFolder + "/" + name, encoding: .utf8)
                overridden.append(name)
            }
        }
        var library = MustacheLibrary()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do { try library.register(source, named: name) } catch { throw LoadError.invalid(name, "\(error)") }
        }
        return TemplateLibrary(library: library, overridden: overridden)
    }

    func render(_ context: [String: Any], template: String) -> String {
        library.render(Self.normalized(context), withTemplate: template) ?? ""
    }

    /// Mustache treats "" and 0 as true. So empty strings are dropped (a section on them is then skipped),
    /// and every list `x` gets a `has_x` flag for "show this block only if there is something in it".
    static func normalized(_ context: [String: Any]) -> [String: Any] {
        var result: [String: Any] = [:]
        for (key, value) in context {
            switch value {
            case let text as String where text.isEmpty:
                continue
            case let nested as [String: Any]:
                result[key] = normalized(nested)
            case let list as [[String: Any]]:
                result[key] = list.map(normalized)
                result["has_" + key] = !list.isEmpty
            case let list as [Any]:
                result[key] = list
                result["has_" + key] = !list.isEmpty
            default:
                result[key] = value
            }
        }
        return result
    }
}
