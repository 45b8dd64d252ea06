/* kommune-tool-progress.c: the progress bar of the kommune tool's long
 * loads. The loading thread calls kommune_tool_progress_set(); a timeout
 * of the main loop redraws the bar on standard error with a carriage
 * return. The bar is drawn only when standard error is a terminal, not
 * when asked to be quiet, and only once the work has taken longer than a
 * second (KOMMUNE_PROGRESS_DELAY, in seconds, changes that), so a quick
 * load prints nothing at all.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <unistd.h>

#include "kommune-tool-progress.h"

#define BAR_WIDTH 30
#define REDRAW_MS 50

struct _KommuneToolProgress
{
  GMutex lock;
  const char *label;     /* static or translated, never freed */
  gint64 done;
  gint64 total;
  gboolean enabled;      /* stderr is a terminal and not --quiet */
  gint64 delay_us;
  gint64 started;
  guint timeout;
  int drawn;             /* width of the line on the terminal, 0 if none */
};

static gint64
delay_from_environment (void)
{
  const char *text = g_getenv ("KOMMUNE_PROGRESS_DELAY");
  char *end = NULL;
  double seconds;

  if (text == NULL || *text == '\0')
    return G_USEC_PER_SEC;
  seconds = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || seconds < 0 || seconds > 3600)
    return G_USEC_PER_SEC;
  return (gint64) (seconds * G_USEC_PER_SEC);
}

KommuneToolProgress *
kommune_tool_progress_new (gboolean quiet)
{
  KommuneToolProgress *self = g_new0 (KommuneToolProgress, 1);

  g_mutex_init (&self->lock);
  self->enabled = !quiet && isatty (STDERR_FILENO);
  self->delay_us = delay_from_environment ();
  return self;
}

/* Called from any thread. */
void
kommune_tool_progress_set (KommuneToolProgress *self,
                           const char          *label,
                           gint64               done,
                           gint64               total)
{
  g_mutex_lock (&self->lock);
  self->label = label;
  self->done = done;
  self->total = total;
  g_mutex_unlock (&self->lock);
}

static void
draw (KommuneToolProgress *self)
{
  const char *label;
  gint64 done, total;
  int percent, filled;
  GString *line = g_string_new ("\r");
  glong width;

  g_mutex_lock (&self->lock);
  label = self->label;
  done = self->done;
  total = self->total;
  g_mutex_unlock (&self->lock);
  if (label == NULL)
    {
      g_string_free (line, TRUE);
      return;
    }

  percent = total > 0 ? (int) (CLAMP (done, 0, total) * 100 / total) : 0;
  filled = percent * BAR_WIDTH / 100;
  g_string_append_printf (line, "%s [", label);
  for (int i = 0; i < BAR_WIDTH; i++)
    g_string_append_c (line, i < filled ? '#' : '-');
  g_string_append_printf (line, "] %3d %%", percent);
  width = g_utf8_strlen (line->str, -1) - 1;
  /* Blanks over what a longer label drew before. */
  for (glong i = width; i < self->drawn; i++)
    g_string_append_c (line, ' ');
  self->drawn = MAX (self->drawn, (int) width);
  fputs (line->str, stderr);
  fflush (stderr);
  g_string_free (line, TRUE);
}

static gboolean
redraw (gpointer data)
{
  KommuneToolProgress *self = data;

  if (g_get_monotonic_time () - self->started >= self->delay_us)
    draw (self);
  return G_SOURCE_CONTINUE;
}

/* Starts redrawing from the main loop of the thread default context. */
void
kommune_tool_progress_start (KommuneToolProgress *self)
{
  if (!self->enabled || self->timeout != 0)
    return;
  self->started = g_get_monotonic_time ();
  self->timeout = g_timeout_add (REDRAW_MS, redraw, self);
}

/* Stops redrawing and blanks the bar, leaving the cursor where it began. */
void
kommune_tool_progress_clear (KommuneToolProgress *self)
{
  if (self->timeout != 0)
    {
      g_source_remove (self->timeout);
      self->timeout = 0;
    }
  if (self->drawn > 0)
    {
      fprintf (stderr, "\r%*s\r", self->drawn, "");
      fflush (stderr);
      self->drawn = 0;
    }
}

void
kommune_tool_progress_free (KommuneToolProgress *self)
{
  if (self == NULL)
    return;
  kommune_tool_progress_clear (self);
  g_mutex_clear (&self->lock);
  g_free (self);
}
