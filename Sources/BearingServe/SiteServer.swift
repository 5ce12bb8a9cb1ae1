import BearingModel
import BearingSite
import BearingParse
import FlyingFox
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Serves a `LiveSite` over HTTP on 127.0.0.1: pages from memory (HTML with the reload script added), the script
/// itself, and the WebSocket endpoint it listens on.
public struct SiteServer: Sendable {
    let site: LiveSite
    let server: HTTPServer
    /// The port asked for; 0 lets the system choose.
    public let requestedPort: UInt16

    /// Binds IPv4 127.0.0.1 explicitly: FlyingFox's `.loopback` is the IPv6 `::1` only, which `localhost` in some
    /// browsers and tools does not reach. A port another program holds is replaced by a free one.
    public init(site: LiveSite, port: UInt16) throws {
        self.site = site
        requestedPort = port == 0 || Self.isFree(port) ? port : 0
        server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: requestedPort), timeout: 30, logger: .disabled,
                            handler: Handler(site: site))
    }

    /// Runs until the task is cancelled or the socket fails.
    public func run() async throws {
        try await server.run()
    }

    /// The address pages are served at, once listening.
    public func url() async throws -> String {
        try await server.waitUntilListening(timeout: 30)
        guard case .ip4(let host, let port) = await server.listeningAddress else { throw CancellationError() }
        return "http://\(host):\(port)/"
    }

    public func stop() async {
        await server.stop()
    }

    /// Whether a port on 127.0.0.1 can be bound now (with SO_REUSEADDR, as FlyingFox binds it, so a port in
    /// TIME_WAIT after a previous run counts as free).
    static func isFree(_ port: UInt16) -> Bool {
        #if canImport(Glibc)
        let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard probe >= 0 else { return false }
        defer { close(probe) }
        var yes: Int32 = 1
        setsockopt(probe, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(probe, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
        #else
        return true
        #endif
    }
}

/// Answers every request from the `LiveSite` as it is at that moment.
struct Handler: HTTPHandler {
    let site: LiveSite

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        if request.path == ReloadScript.endpoint {
            return try await WebSocketHTTPHandler(handler: MessageFrameWSHandler(handler: ReloadMessages(site: site))).handleRequest(request)
        }
        if request.path == ReloadScript.path {
            return HTTPResponse(statusCode: .ok, headers: Self.headers("live.js"), body: Data(ReloadScript.source.utf8))
        }
        let served = site.current
        switch SiteRoute.resolve(request.path, in: served.files) {
        case .file(let path):
            var body = served.files[path] ?? Data()
            if path.hasSuffix(".html") { body = ReloadScript.inject(into: body, build: served.build) }
            return HTTPResponse(statusCode: .ok, headers: Self.headers(path), body: body)
        case .redirect(let location):
            return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: location]))
        case .notFound where request.path == "/favicon.ico":
            // Browsers ask for it on their own; the site has none, and a 404 would be an error in every console.
            return HTTPResponse(statusCode: .noContent)
        case .notFound:
            let page = "<!doctype html><title>Not found</title><p>Nothing at \(HTMLEscape.escape(request.path)) in this site. "
                + "<a href=\"/\">The dashboard</a></p></body>"
            return HTTPResponse(statusCode: .notFound, headers: Self.headers("404.html"),
                                body: ReloadScript.inject(into: Data(page.utf8), build: served.build))
        }
    }

    static func headers(_ path: String) -> HTTPHeaders {
        // Never cached: the next rebuild replaces every page under the same address.
        HTTPHeaders([.contentType: SiteRoute.contentType(of: path), .cacheControl: "no-store"])
    }
}

/// One page's reload messages: the current state first, then one per rebuild.
struct ReloadMessages: WSMessageHandler {
    let site: LiveSite

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let states = site.subscribe()
        return AsyncStream { continuation in
            let task = Task {
                for await state in states { continuation.yield(.text(state)) }
                continuation.finish()
            }
            // The page went away: stop listening for rebuilds.
            let closed = Task {
                for await _ in client {}
                task.cancel()
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel(); closed.cancel() }
        }
    }
}
