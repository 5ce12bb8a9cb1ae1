/* libcurl for the one-file static build, with every function failing.
 *
 * FlyingFox (the server of `bearing serve`) has a proxy handler that imports FoundationNetworking, and a static
 * executable that links FoundationNetworking must link libcurl, whose static form needs a dozen more static
 * libraries (TLS, HTTP/2, IDN, Kerberos, LDAP…) that Debian does not ship. Bearing makes no network requests:
 * nothing calls URLSession, so none of these functions is ever called. Each one reports failure (NULL, or
 * CURLE_FAILED_INIT = 2) rather than pretending to work, should a future change call one by mistake.
 * The exact list is what Swift's lib_CFURLSessionInterface.a leaves undefined (`nm ... | grep " U curl_"`).
 */
#include <stddef.h>

void *curl_easy_init(void) { return NULL; }
void curl_easy_cleanup(void *handle) { (void)handle; }
int curl_easy_getinfo(void *handle, int info, ...) { (void)handle; (void)info; return 2; }
int curl_easy_pause(void *handle, int bitmask) { (void)handle; (void)bitmask; return 2; }
int curl_easy_setopt(void *handle, int option, ...) { (void)handle; (void)option; return 2; }
const char *curl_easy_strerror(int code) { (void)code; return "libcurl is not part of this build of bearing"; }
void curl_free(void *pointer) { (void)pointer; }
int curl_global_init(long flags) { (void)flags; return 2; }
int curl_multi_add_handle(void *multi, void *easy) { (void)multi; (void)easy; return 1; }
int curl_multi_assign(void *multi, int socket, void *pointer) { (void)multi; (void)socket; (void)pointer; return 1; }
int curl_multi_cleanup(void *multi) { (void)multi; return 1; }
void *curl_multi_info_read(void *multi, int *remaining) { (void)multi; if (remaining) *remaining = 0; return NULL; }
void *curl_multi_init(void) { return NULL; }
int curl_multi_remove_handle(void *multi, void *easy) { (void)multi; (void)easy; return 1; }
int curl_multi_setopt(void *multi, int option, ...) { (void)multi; (void)option; return 1; }
int curl_multi_socket_action(void *multi, int socket, int mask, int *running) { (void)multi; (void)socket; (void)mask; if (running) *running = 0; return 1; }
void *curl_slist_append(void *list, const char *string) { (void)list; (void)string; return NULL; }
void curl_slist_free_all(void *list) { (void)list; }
void *curl_url(void) { return NULL; }
int curl_url_get(void *url, int part, char **out, unsigned int flags) { (void)url; (void)part; (void)flags; if (out) *out = NULL; return 1; }
int curl_url_set(void *url, int part, const char *content, unsigned int flags) { (void)url; (void)part; (void)content; (void)flags; return 1; }
char *curl_version(void) { return (char *)"none"; }
void *curl_version_info(int age) { (void)age; return NULL; }
