/* kommune-tool-aggregate.c: `kommune kostra aggregate FILE... [--by COLUMNS]
 * [--where KEY=VALUES]...`: loads ledger CSV files and SSB accounts files
 * into one ledger, sums it with kommune_ledger_aggregate_full() and prints
 * the table as text, JSON or CSV.
 *
 * The load runs in a thread while the main loop draws the progress bar
 * and waits for Ctrl-C: the whole output is made in memory and written
 * only once everything has succeeded, so an interrupted run writes
 * nothing at all (exit 130). Apart from kommune-tool-kostra.c, which only
 * dispatches here, because of that machinery.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib-unix.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kommune-tool-aggregate.h"
#include "kommune-tool-output.h"
#include "kommune-tool-progress.h"
#include "kommune-tool-ledger-table.h"

#define COMMAND "kostra aggregate"
#define EXIT_INTERRUPTED 130
#define MERGE_STEP 65536


/* The ledger's columns, as --by and --where name them. */
static const char *const dimensions[] = {
  "year", "region", "account_class", "function", "art",
};

static int
dimension_index (const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (dimensions); i++)
    if (strcmp (dimensions[i], name) == 0)
      return (int) i;
  return -1;
}

/* --by year,region,function: known columns, each once. */
static gboolean
parse_by (const char *text,
          GPtrArray  *columns)
{
  g_auto(GStrv) names = g_strsplit (text, ",", -1);

  if (names[0] == NULL)
    {
      kommune_tool_usage_error (COMMAND, _("--by needs at least one column"));
      return FALSE;
    }
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (dimension_index (names[i]) < 0)
        {
          kommune_tool_usage_error (COMMAND, _("--by: unknown column '%s' (year, region, account_class, function or art)"),
                                    names[i]);
          return FALSE;
        }
      for (guint j = 0; j < columns->len; j++)
        if (strcmp (columns->pdata[j], names[i]) == 0)
          {
            kommune_tool_usage_error (COMMAND, _("--by: column '%s' given twice"), names[i]);
            return FALSE;
          }
      g_ptr_array_add (columns, g_strdup (names[i]));
    }
  g_ptr_array_add (columns, NULL);
  return TRUE;
}

static gboolean
all_digits (const char *text,
            gsize       min,
            gsize       max)
{
  gsize n = strlen (text);

  if (n < min || n > max)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

static gboolean
bad_value (const char *key,
           const char *value,
           const char *why)
{
  kommune_tool_usage_error (COMMAND, _("--where %s: bad value '%s': %s"), key, value, why);
  return FALSE;
}

/* One --where KEY=V1,V2: the lines whose KEY is one of the values. An
 * art is one code or one range, A-B, as the filter holds arts. */
static gboolean
parse_where_one (const char          *where,
                 KommuneLedgerFilter *filter,
                 guint               *seen)
{
  const char *equals = strchr (where, '=');
  g_autofree char *key = NULL;
  g_auto(GStrv) values = NULL;
  int dimension;

  if (equals == NULL)
    {
      kommune_tool_usage_error (COMMAND, _("--where '%s': expected KEY=VALUE[,VALUE…]"), where);
      return FALSE;
    }
  key = g_strndup (where, (gsize) (equals - where));
  dimension = dimension_index (key);
  if (dimension < 0)
    {
      kommune_tool_usage_error (COMMAND, _("--where: unknown key '%s' (year, region, account_class, function or art)"),
                                key);
      return FALSE;
    }
  if ((*seen & (1u << dimension)) != 0)
    {
      kommune_tool_usage_error (COMMAND, _("--where: key '%s' given twice (list its values after one '=')"), key);
      return FALSE;
    }
  *seen |= 1u << dimension;
  values = g_strsplit (equals + 1, ",", -1);
  if (values[0] == NULL)
    return bad_value (key, "", _("no value"));

  if (strcmp (key, "art") == 0)
    {
      const char *dash = strchr (values[0], '-');
      g_autofree char *first = g_strndup (values[0], dash != NULL ? (gsize) (dash - values[0]) : strlen (values[0]));
      const char *last = dash != NULL ? dash + 1 : first;

      if (values[1] != NULL)
        return bad_value (key, equals + 1, _("an art is one code or one range, such as 600-899"));
      if (!all_digits (first, 1, 3) || !all_digits (last, 1, 3))
        return bad_value (key, values[0], _("an art is 1 to 3 digits"));
      if (atoi (first) > atoi (last))
        return bad_value (key, values[0], _("the range is empty"));
      kommune_ledger_filter_set_art_range (filter, (guint) atoi (first), (guint) atoi (last));
      return TRUE;
    }

  for (guint i = 0; values[i] != NULL; i++)
    {
      const char *why = NULL;

      if (strcmp (key, "year") == 0 && (!all_digits (values[i], 4, 4) || values[i][0] == '0'))
        why = _("a year is four digits");
      else if (strcmp (key, "region") == 0 && !all_digits (values[i], 1, 6))
        why = _("a region is 1 to 6 digits");
      else if (strcmp (key, "account_class") == 0 && !all_digits (values[i], 1, 1))
        why = _("an account class is one digit");
      else if (strcmp (key, "function") == 0 && !all_digits (values[i], 1, 4))
        why = _("a function is 1 to 4 digits");
      if (why != NULL)
        return bad_value (key, values[i], why);
    }

  if (strcmp (key, "year") == 0)
    {
      guint n = g_strv_length (values);
      g_autofree guint *years = g_new (guint, n);

      for (guint i = 0; i < n; i++)
        years[i] = (guint) atoi (values[i]);
      kommune_ledger_filter_set_years (filter, years, n);
    }
  else if (strcmp (key, "region") == 0)
    kommune_ledger_filter_set_regions (filter, (const char * const *) values);
  else if (strcmp (key, "account_class") == 0)
    kommune_ledger_filter_set_account_classes (filter, (const char * const *) values);
  else
    kommune_ledger_filter_set_functions (filter, (const char * const *) values);
  return TRUE;
}

/* The work done in the loading thread, and what it gives back. */
typedef struct
{
  char **paths;
  char **columns;
  KommuneLedgerFilter *filter;
  KommuneLedgerAggregateFlags flags;
  KommuneToolTable format;
  KommuneToolProgress *progress;
  GCancellable *cancellable;

  gint64 *sizes;
  gint64 total_bytes;
  gint64 done_bytes;     /* of the files loaded before the current one */

  char *output;          /* the whole output, on success */
  char *error_path;      /* on failure: the file it concerns */
  char *error_message;
} Job;

static void
job_free (Job *job)
{
  g_strfreev (job->paths);
  g_strfreev (job->columns);
  g_clear_pointer (&job->filter, kommune_ledger_filter_unref);
  g_clear_object (&job->cancellable);
  g_free (job->sizes);
  g_free (job->output);
  g_free (job->error_path);
  g_free (job->error_message);
  g_free (job);
}

static void
job_fail (Job        *job,
          const char *path,
          const char *message)
{
  if (job->error_message != NULL)
    return;
  job->error_path = g_strdup (path);
  job->error_message = g_strdup (message);
}

/* A ledger CSV is a file named *.csv or one that begins with the CSV's
 * header; any other file is read as SSB accounts. */
static gboolean
sniff (Job        *job,
       const char *path,
       gboolean   *is_csv,
       gint64     *size)
{
  char head[8] = { 0 };
  GStatBuf st;
  FILE *file;
  size_t n;
  int saved;

  /* A FIFO would be waited for, a directory read as nothing: only a
   * regular file is opened. */
  if (g_stat (path, &st) != 0)
    {
      saved = errno;
      job_fail (job, path, g_strerror (saved));
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_autofree char *shown = g_filename_display_name (path);
      g_autofree char *message = g_strdup_printf (_("Failed to read “%s”: it is not a regular file"), shown);

      job_fail (job, path, message);
      return FALSE;
    }
  file = fopen (path, "rb");
  if (file == NULL)
    {
      saved = errno;
      job_fail (job, path, g_strerror (saved));
      return FALSE;
    }
  n = fread (head, 1, 5, file);
  saved = errno;
  if (n < 5 && ferror (file))
    {
      fclose (file);
      job_fail (job, path, g_strerror (saved));
      return FALSE;
    }
  *size = fseek (file, 0, SEEK_END) == 0 ? (gint64) ftell (file) : 0;
  fclose (file);
  *is_csv = g_str_has_suffix (path, ".csv") || g_str_has_suffix (path, ".CSV") || memcmp (head, "year,", 5) == 0;
  return TRUE;
}

static void
csv_progress (goffset  current,
              goffset  total,
              gpointer data)
{
  Job *job = data;

  kommune_tool_progress_set (job->progress, C_("kostra aggregate", "Loading"), job->done_bytes + current, job->total_bytes);
}

typedef struct
{
  Job *job;
  gint64 *sizes;   /* of the accounts files, in order */
} AccountsProgress;

static void
accounts_progress (goffset  current,
                   goffset  total,
                   gpointer data)
{
  AccountsProgress *accounts = data;
  gint64 done = 0;

  for (goffset k = 0; k < current; k++)
    done += accounts->sizes[k];
  kommune_tool_progress_set (accounts->job->progress, C_("kostra aggregate", "Loading"),
                             accounts->job->done_bytes + done, accounts->job->total_bytes);
}

/* Appends every line of @from to @into. */
static gboolean
merge (Job           *job,
       KommuneLedger *into,
       KommuneLedger *from,
       const char    *path)
{
  guint n = kommune_ledger_get_n_lines (from);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      guint year;
      const char *region, *account_class, *function, *art;
      gint64 amount;

      if (i % MERGE_STEP == 0)
        {
          if (g_cancellable_is_cancelled (job->cancellable))
            return FALSE;
          kommune_tool_progress_set (job->progress, C_("kostra aggregate", "Merging"), i, n);
        }
      kommune_ledger_get_line (from, i, &year, &region, &account_class, &function, &art, &amount);
      if (!kommune_ledger_append (into, year, region, account_class, function, art, amount, &error))
        {
          job_fail (job, path, error->message);
          return FALSE;
        }
    }
  return TRUE;
}

static KommuneLedger *
load (Job *job)
{
  guint n = g_strv_length (job->paths);
  g_autofree gboolean *is_csv = g_new0 (gboolean, n);
  g_autoptr(GPtrArray) accounts = g_ptr_array_new ();
  g_autoptr(GArray) accounts_sizes = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) ledgers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  KommuneLedger *into;

  job->sizes = g_new0 (gint64, n);
  for (guint k = 0; k < n; k++)
    {
      if (!sniff (job, job->paths[k], &is_csv[k], &job->sizes[k]))
        return NULL;
      job->total_bytes += job->sizes[k];
    }

  for (guint k = 0; k < n; k++)
    {
      g_autoptr(GError) error = NULL;
      KommuneLedger *ledger;

      if (!is_csv[k])
        {
          g_ptr_array_add (accounts, job->paths[k]);
          g_array_append_val (accounts_sizes, job->sizes[k]);
          continue;
        }
      ledger = kommune_ledger_load_csv_full (job->paths[k], job->cancellable, csv_progress, job, &error);
      if (ledger == NULL)
        {
          job_fail (job, job->paths[k], error->message);
          return NULL;
        }
      job->done_bytes += job->sizes[k];
      g_ptr_array_add (ledgers, ledger);
      g_ptr_array_add (names, job->paths[k]);
    }
  if (accounts->len > 0)
    {
      g_autoptr(GError) error = NULL;
      AccountsProgress data = { job, (gint64 *) (void *) accounts_sizes->data };
      KommuneLedger *ledger;

      g_ptr_array_add (accounts, NULL);
      ledger = kommune_ledger_load_accounts_full ((const char * const *) accounts->pdata, job->cancellable,
                                                  accounts_progress, &data, &error);
      if (ledger == NULL)
        {
          const char *path = accounts->pdata[0];

          /* The loader names the file that failed first in its message. */
          for (guint k = 0; k + 1 < accounts->len; k++)
            if (g_str_has_prefix (error->message, accounts->pdata[k]))
              path = accounts->pdata[k];
          job_fail (job, path, error->message);
          return NULL;
        }
      g_ptr_array_add (ledgers, ledger);
      g_ptr_array_add (names, accounts->pdata[0]);
    }

  /* Into the largest ledger go the lines of the others. */
  for (guint k = 1; k < ledgers->len; k++)
    if (kommune_ledger_get_n_lines (ledgers->pdata[k]) > kommune_ledger_get_n_lines (ledgers->pdata[0]))
      {
        gpointer swap = ledgers->pdata[0];

        ledgers->pdata[0] = ledgers->pdata[k];
        ledgers->pdata[k] = swap;
        swap = names->pdata[0];
        names->pdata[0] = names->pdata[k];
        names->pdata[k] = swap;
      }
  into = g_object_ref (ledgers->pdata[0]);
  for (guint k = 1; k < ledgers->len; k++)
    if (!merge (job, into, ledgers->pdata[k], names->pdata[k]))
      {
        g_object_unref (into);
        return NULL;
      }
  return into;
}

static void
work (GTask        *task,
      gpointer      source,
      gpointer      data,
      GCancellable *cancellable)
{
  Job *job = data;
  g_autoptr(KommuneLedger) ledger = load (job);
  g_autoptr(KommuneLedgerTable) table = NULL;
  g_autoptr(GError) error = NULL;

  if (ledger == NULL)
    {
      g_task_return_boolean (task, FALSE);
      return;
    }
  kommune_tool_progress_set (job->progress, C_("kostra aggregate", "Summing"), 1, 1);
  table = kommune_ledger_aggregate_full (ledger, (const char * const *) job->columns, job->filter, job->flags, &error);
  if (table == NULL)
    {
      job_fail (job, job->paths[0], error->message);
      g_task_return_boolean (task, FALSE);
      return;
    }
  job->output = kommune_tool_ledger_table_format (table, job->format, (job->flags & KOMMUNE_LEDGER_AGGREGATE_ROLLUP) != 0);
  g_task_return_boolean (task, TRUE);
}

typedef struct
{
  GMainLoop *loop;
  GCancellable *cancellable;
  gboolean interrupted;
  gboolean done;
} Run;

static gboolean
on_interrupt (gpointer data)
{
  Run *run = data;

  run->interrupted = TRUE;
  g_cancellable_cancel (run->cancellable);
  g_main_loop_quit (run->loop);
  return G_SOURCE_CONTINUE;
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  Run *run = data;

  run->done = TRUE;
  g_main_loop_quit (run->loop);
}

static gboolean
write_output (const char  *path,
              const char  *text)
{
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  if (path == NULL)
    {
      size_t n = strlen (text);

      if (fwrite (text, 1, n, stdout) != n || fflush (stdout) != 0)
        {
          kommune_tool_output_error (errno);
          return FALSE;
        }
      return TRUE;
    }
  /* A device, a FIFO or a directory is never replaced by a file (as
   * root, -o /dev/full would be); a link, even one to a file not there
   * yet, is followed, as the shell's > does: the link stays and the file
   * it names is replaced, atomically, keeping its mode. */
  if (g_stat (path, &st) != 0 && errno != ENOENT)
    {
      /* A loop of links, a directory on the way that is none: the path
       * names nothing that can be written. */
      kommune_tool_data_error (path, g_strerror (errno));
      return FALSE;
    }
  if (g_stat (path, &st) == 0 && !S_ISREG (st.st_mode))
    {
      kommune_tool_data_error (path, _("it is not a regular file; nothing written"));
      return FALSE;
    }
  if (!kommune_file_replace_contents (path, text, strlen (text), &error))
    {
      kommune_tool_data_error (path, error->message);
      return FALSE;
    }
  return TRUE;
}

int
kommune_tool_kostra_aggregate (int    argc,
                               char **argv)
{
  g_autofree char *by = NULL;
  g_auto(GStrv) wheres = NULL;
  g_autofree char *format_text_option = NULL;
  g_autofree char *output = NULL;
  gboolean rollup = FALSE, split = FALSE, quiet = FALSE;
  const GOptionEntry entries[] = {
    { "by", 'b', 0, G_OPTION_ARG_STRING, &by,
      N_("Sum by these columns, a comma list of year, region, account_class, function and art"), "COLUMNS" },
    { "where", 'w', 0, G_OPTION_ARG_STRING_ARRAY, &wheres,
      N_("Only the lines whose KEY is one of the VALUES (repeatable)"), "KEY=VALUES" },
    { "rollup", 0, 0, G_OPTION_ARG_NONE, &rollup,
      N_("Add the subtotals of the leading columns and the grand total"), NULL },
    { "split", 0, 0, G_OPTION_ARG_NONE, &split,
      N_("Give each row's expenses and revenues beside its amount"), NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text_option,
      N_("Output format of the sums: text, json or csv"), "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE (atomically) instead of standard output"), "FILE" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet,
      N_("Draw no progress bar on standard error"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (N_("kostra aggregate FILE… — sum ledger CSV files and SSB accounts files by their columns"));
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(KommuneLedgerFilter) filter = kommune_ledger_filter_new ();
  g_autoptr(KommuneToolProgress) progress = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autoptr(GTask) task = NULL;
  KommuneToolTable format;
  guint seen = 0, signal_source;
  Run run = { 0 };
  Job *job;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                N_("A FILE named *.csv or beginning with “year,” is a ledger CSV; any other is an SSB accounts file.\n"
                                   "--where KEY=V1,V2 keeps the lines whose KEY is V1 or V2; several --where must all hold.\n"
                                   "KEY is year, region, account_class, function or art (one code or a range A-B)."));
  if (!kommune_tool_parse_options (context, COMMAND, &argc, &argv))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (!kommune_tool_parse_table_format (COMMAND, format_text_option, &format))
    return KOMMUNE_TOOL_EXIT_USAGE;
  if (argc < 2)
    return kommune_tool_usage_error (COMMAND, _("expected ledger CSV or accounts files (see kommune kostra aggregate --help)"));
  if (by != NULL)
    {
      if (!parse_by (by, columns))
        return KOMMUNE_TOOL_EXIT_USAGE;
    }
  else
    g_ptr_array_add (columns, NULL);
  if (output != NULL && *output == '\0')
    return kommune_tool_usage_error (COMMAND, _("--output needs a file name"));
  for (int i = 1; output != NULL && i < argc; i++)
    if (kommune_tool_same_file (output, argv[i]))
      return kommune_tool_usage_error (COMMAND, _("the output '%s' is the input file '%s'"), output, argv[i]);
  for (guint i = 0; wheres != NULL && wheres[i] != NULL; i++)
    if (!parse_where_one (wheres[i], filter, &seen))
      return KOMMUNE_TOOL_EXIT_USAGE;

  progress = kommune_tool_progress_new (quiet);
  job = g_new0 (Job, 1);
  job->paths = g_strdupv (argv + 1);
  job->columns = g_strdupv ((char **) columns->pdata);
  job->filter = kommune_ledger_filter_ref (filter);
  job->flags = (rollup ? KOMMUNE_LEDGER_AGGREGATE_ROLLUP : 0) | (split ? KOMMUNE_LEDGER_AGGREGATE_SPLIT : 0);
  job->format = format;
  job->progress = progress;
  job->cancellable = g_cancellable_new ();

  loop = g_main_loop_new (NULL, FALSE);
  run.loop = loop;
  run.cancellable = job->cancellable;
  signal_source = g_unix_signal_add (SIGINT, on_interrupt, &run);
  task = g_task_new (NULL, NULL, on_done, &run);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  kommune_tool_progress_start (progress);
  g_task_run_in_thread (task, work);
  g_main_loop_run (loop);
  kommune_tool_progress_clear (progress);

  if (run.interrupted)
    {
      g_printerr ("%s\n", _("kommune kostra aggregate: interrupted; nothing written"));
      /* The loading thread may still run: it owns the job and the bar,
       * and the process ends before it would touch them again. */
      g_steal_pointer (&task);
      g_steal_pointer (&progress);
      return EXIT_INTERRUPTED;
    }
  if (job->error_message != NULL)
    status = kommune_tool_data_error (job->error_path, job->error_message);
  else if (!write_output (output, job->output))
    status = KOMMUNE_TOOL_EXIT_DATA;
  else
    status = KOMMUNE_TOOL_EXIT_OK;
  g_source_remove (signal_source);
  return status;
}
