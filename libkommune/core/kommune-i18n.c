/* kommune-i18n.c: binds the library's gettext domain to the folder its
 * catalogues are installed in, once, before the first lookup.
 *
 * The folder is the installed locale folder unless the environment
 * variable KOMMUNE_LOCALEDIR names another; the test suite points it at
 * the catalogues built in the build tree.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/kommune-i18n-private.h"

static gpointer
bind_domain (gpointer data)
{
  const char *dir = g_getenv ("KOMMUNE_LOCALEDIR");

  bindtextdomain (GETTEXT_PACKAGE, dir != NULL && *dir != '\0' ? dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  return NULL;
}

/* Returns the translation of @msgid in the library's domain, or @msgid. */
const char *
_kommune_gettext (const char *msgid)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, bind_domain, NULL);
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

/* Returns the form of @msgid or @msgid_plural for the count @n. */
const char *
_kommune_ngettext (const char    *msgid,
                   const char    *msgid_plural,
                   unsigned long  n)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, bind_domain, NULL);
  return g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);
}
