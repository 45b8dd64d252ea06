// SPDX-License-Identifier: LGPL-2.1-or-later
// Kragerø 2018 "Stab og støtte", built in code. Source: Kragerø kommune,
// Handlingsplan 2018, kommunalområdet Stab og støtte, tables 2.0 and 2.0.1
// (see tests/data/README.md). Amounts in kroner.

import Kommune from 'gi://Kommune?version=1';

export const FRAME_KRONER = 38228737;

export const FUNCTION_GROUPS = [
    ['120/180/190', 'Administrasjon, fellesutgifter kommunen og interne serviceenheter', 33532742],
    ['20/21', 'Skole og barnehagetjenester', 835972],
    ['23/24', 'Helse- og omsorgsrelaterte funksjoner', 2568215],
    ['283', 'Bistand til etablering av egen bolig', 1451004],
    ['383', 'Musikk- og kulturskoler', 20687],
    ['870', 'Renter/utbytte og lån', -179883],
];

export const DEPARTMENTS = [
    ['service', 'Serviceavdelingen', 7686054],
    ['personal', 'Personalavdelingen', 13743164],
    ['okonomi', 'Økonomiavdelingen', 2059886],
    ['skatt', 'Skatteoppkreverkontoret', 1558920],
    ['ikt', 'IKT avdelingen', 6644259],
    ['stab', 'Kommunalsjef og stabsfunksjon', 3622454],
    ['felles', 'Felleskostnader (hele kommunen)', 2914000],
];

// The 2018 frame with both distributions; a non-zero delta (øre) is added
// to the first department line so the frame no longer reconciles.
export function buildFrame(departmentDeltaOere = 0) {
    const area = Kommune.ProgrammeArea.new('stab', 'Stab og støtte');
    for (const [code, name] of DEPARTMENTS)
        area.add_department(Kommune.Department.new(code, name));

    const frame = Kommune.BudgetFrame.new(area, 2018, FRAME_KRONER * 100);
    const byFunction = frame.add_distribution('kostra-function-group');
    for (const [key, label, kroner] of FUNCTION_GROUPS)
        byFunction.add(key, label, kroner * 100);
    const byDepartment = frame.add_distribution('department');
    DEPARTMENTS.forEach(([key, label, kroner], i) =>
        byDepartment.add(key, label, kroner * 100 + (i === 0 ? departmentDeltaOere : 0)));
    return frame;
}
