#ifndef CBEARINGRESOURCES_H
#define CBEARINGRESOURCES_H

#include <stddef.h>

/// One file compiled into the executable: its path under a target's Resources folder, prefixed with the
/// target ("BearingSite/templates/layout.mustache"), and its bytes (followed by a NUL not counted in length).
struct bearing_embedded_file {
    const char *path;
    const unsigned char *bytes;
    size_t length;
};

/// Every embedded file, in the order resources.c lists them; `count` receives how many.
const struct bearing_embedded_file *bearing_embedded_files(size_t *count);

#endif
