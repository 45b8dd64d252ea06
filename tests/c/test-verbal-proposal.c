/* test-verbal-proposal.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <libkommune.h>

#include "model/kommune-verbal-proposal-private.h"

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_new (void)
{
  g_autoptr(GError) error = NULL;
  KommuneVerbalProposal *proposal;
  guint notified = 0;

  proposal = kommune_verbal_proposal_new (19, "Kommunestyret ber Rådmannen legge frem en sak om HMS "
                                          "arbeidet/status i kommunen", &error);
  g_assert_no_error (error);
  g_signal_connect (proposal, "notify", G_CALLBACK (count_cb), &notified);
  g_assert_cmpuint (kommune_verbal_proposal_get_number (proposal), ==, 19);
  g_assert_true (g_str_has_prefix (kommune_verbal_proposal_get_text (proposal), "Kommunestyret ber"));

  kommune_verbal_proposal_set_responsible (proposal, "Administrasjonsutvalget");
  kommune_verbal_proposal_set_status (proposal, "utredes");
  kommune_verbal_proposal_set_comment (proposal, "Oversendes Administrasjonsutvalget");
  kommune_verbal_proposal_set_comment (proposal, "Oversendes Administrasjonsutvalget");
  g_assert_cmpuint (notified, ==, 3);
  g_assert_cmpstr (kommune_verbal_proposal_get_responsible (proposal), ==, "Administrasjonsutvalget");
  g_assert_cmpstr (kommune_verbal_proposal_get_status (proposal), ==, "utredes");
  g_assert_cmpstr (kommune_verbal_proposal_get_comment (proposal), ==, "Oversendes Administrasjonsutvalget");
  kommune_verbal_proposal_set_status (proposal, NULL);
  g_assert_cmpstr (kommune_verbal_proposal_get_status (proposal), ==, "");

  g_assert_finalize_object (proposal);
}

static void
test_invalid (void)
{
  GError *error = NULL;

  g_assert_null (kommune_verbal_proposal_new (0, "Tekst", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (kommune_verbal_proposal_new (8, "", &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
}

static void
test_bare (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneVerbalProposal) bare = g_object_new (KOMMUNE_TYPE_VERBAL_PROPOSAL, NULL);

  g_assert_false (_kommune_verbal_proposal_check (bare, &error));
  g_assert_error (error, KOMMUNE_ERROR, KOMMUNE_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "verbal proposals are numbered from 1");
}

static void
test_adopted (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KommuneVerbalProposal) proposal = kommune_verbal_proposal_new (8, "Innovasjonsfond for ansatte", &error);
  g_autoptr(GTimeZone) oslo = g_time_zone_new_identifier ("+01:00");
  g_autoptr(GDateTime) evening = g_date_time_new (oslo, 2017, 12, 14, 23, 30, 0);
  g_autoptr(GDateTime) same_day = g_date_time_new_utc (2017, 12, 14, 0, 0, 0);
  guint count = 0;

  g_assert_no_error (error);
  g_signal_connect (proposal, "notify::adopted", G_CALLBACK (count_cb), &count);
  g_assert_null (kommune_verbal_proposal_get_adopted (proposal));

  /* The calendar day in the given zone is kept, at UTC midnight. */
  kommune_verbal_proposal_set_adopted (proposal, evening);
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (g_date_time_equal (kommune_verbal_proposal_get_adopted (proposal), same_day));
  kommune_verbal_proposal_set_adopted (proposal, same_day);
  g_assert_cmpuint (count, ==, 1);
  kommune_verbal_proposal_set_adopted (proposal, NULL);
  g_assert_null (kommune_verbal_proposal_get_adopted (proposal));
  g_assert_cmpuint (count, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Kommune/VerbalProposal/new", test_new);
  g_test_add_func ("/Kommune/VerbalProposal/invalid", test_invalid);
  g_test_add_func ("/Kommune/VerbalProposal/adopted", test_adopted);

  g_test_add_func ("/Kommune/VerbalProposal/bare", test_bare);
  return g_test_run ();
}
