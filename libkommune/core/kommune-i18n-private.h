/* kommune-i18n-private.h: the library's translatable messages.
 *
 * Every message the library writes for a person (error messages, the
 * labels of its text formats) is marked with _() and looked up in the
 * library's own gettext domain (GETTEXT_PACKAGE, "libkommune-1"), so a
 * program in a Norwegian locale reads them in Norwegian whatever its own
 * text domain is. N_() marks a string for translation where it is defined
 * and _() translates it where it is used. Messages with a count go through
 * _kommune_ngettext() (a keyword the po/ folder gives xgettext).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *_kommune_gettext (const char *msgid) G_GNUC_FORMAT (1);
/* The singular or plural of a message for the count @n, as the language
 * of the locale counts. */
const char *_kommune_ngettext (const char    *msgid,
                               const char    *msgid_plural,
                               unsigned long  n) G_GNUC_FORMAT (1) G_GNUC_FORMAT (2);

#ifndef _
#define _(String) _kommune_gettext (String)
#endif
#ifndef N_
#define N_(String) (String)
#endif

G_END_DECLS
