/* test-kommune.vala: the generated Vala bindings work
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

static void test_amounts () {
    try {
        assert (Kommune.amount_parse ("9,4 mill") == 940000000);
        assert (Kommune.amount_format (3822873700, Kommune.AmountScale.MILLIONS, 1) == "38,2");
        var parts = Kommune.amount_allocate (10000000, { 1, 1, 1 });
        assert (parts.length == 3 && parts[0] == 3333334 && parts[2] == 3333333);
    } catch (Error e) {
        assert_not_reached ();
    }
    try {
        Kommune.amount_parse ("12,3,4");
        assert_not_reached ();
    } catch (Error e) {
        assert (e is Kommune.Error.INVALID_AMOUNT);
    }
}

static void test_frame () {
    try {
        var area = new Kommune.ProgrammeArea ("stab", "Stab og støtte");
        var frame = new Kommune.BudgetFrame (area, 2018, 3822873700);
        var departments = frame.add_distribution ("department");
        departments.add ("service", "Serviceavdelingen", 3822873600);
        frame.check ();
        assert_not_reached ();
    } catch (Error e) {
        assert (e is Kommune.Error.NOT_RECONCILED);
        assert ("difference -1 kr" in e.message);
    }
}

static void test_indicator () {
    try {
        var indicator = new Kommune.Indicator ("Andel", Kommune.IndicatorUnit.PERCENT, Kommune.Direction.HIGHER_IS_BETTER);
        indicator.set_band (Kommune.Status.DESIRED, "55", false, null, false);
        indicator.set_band (Kommune.Status.ACCEPTABLE, "50", true, "54", true);
        indicator.set_band (Kommune.Status.NOT_APPROVED, null, false, "50", false);
        assert (indicator.evaluate (61) == Kommune.Status.DESIRED);
        assert (indicator.evaluate (54.5) == Kommune.Status.OUTSIDE_BANDS);
        assert (indicator.check_bands ().length == 1);
    } catch (Error e) {
        assert_not_reached ();
    }
}

int main (string[] args) {
    Test.init (ref args);
    Test.add_func ("/Kommune/Vala/amounts", test_amounts);
    Test.add_func ("/Kommune/Vala/frame", test_frame);
    Test.add_func ("/Kommune/Vala/indicator", test_indicator);
    return Test.run ();
}
