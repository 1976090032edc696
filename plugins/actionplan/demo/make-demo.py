#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes plugins/actionplan/demo/actionplan.json: the action plan's part of Exempelkommun.

Exempelkommun's handlingsplan för informationssäkerhet 2026 (and the first activities of
2027), as an exchange file imported by `trygg --demo` after core's part (data/demo/core.json).
Each activity is two rows, as the plugin writes them: an `action` in core's tracker
(source_plugin 'actionplan', source_uuid = the item's uuid, due_quarter = the item's last
quarter, status = the plan status mapped as actionplan-model.c maps it) and its
`actionplan_item`. Rows written that way leave the triggers of sql/001-actionplan.sql with
nothing to change.

Everything here is fictional. The output is deterministic: uuids are uuid5 over core's
namespace with keys "actionplan/<table>/<key>", responsible persons are core's demo persons
(their uuids computed by core's generator), and every timestamp is a fixed date in 2026.

    python3 plugins/actionplan/demo/make-demo.py            # writes actionplan.json here
    python3 plugins/actionplan/demo/make-demo.py -o FILE    # writes FILE instead

Python 3 standard library only.
"""

import functools
import os
import runpy
import types

HERE = os.path.dirname(os.path.abspath(__file__))
CORE_SCRIPT = os.path.join(HERE, "..", "..", "..", "data", "demo", "make-demo.py")


# core's generator data/demo/make-demo.py, run as a module: its namespace and tables, row_uuid(),
# part_uuid(), stamp(), TODAY, and run() with the command line every part shares
core = types.SimpleNamespace(**runpy.run_path(CORE_SCRIPT))

# The plan statuses in the order the plan shows them, and the tracker status each maps to
# (trygg_actionplan_statuses in actionplan-model.c).
PLAN_STATUSES = {
    "not_started": "not_started",
    "partly_started": "in_progress",
    "in_progress": "in_progress",
    "done": "done",
    "postponed": "postponed",
    "cancelled": "cancelled",
}

STYRNING = "Styrning och samordning"
NAT = "Nätverk och infrastruktur"
IT = "IT-säkerhet"
KLASSNING = "Informationsklassning"
KONTINUITET = "Kontinuitet"
UTBILDNING = "Utbildning och medvetenhet"
DATASKYDD = "Dataskydd (GDPR)"

# The board is shown on a projector to management. At the window's default size a card's
# title has three lines of about 13 characters, and a longer word is broken mid-word: keep
# titles short and their words shorter than a line. The description says the rest.
MAX_TITLE = 36
MAX_WORD = 13

# key, area, year, quarters (1–4), title, responsible (core person key), plan status,
# created (day), completed (day, for done), last updated (day, for the others),
# status comment, description
ITEMS = [
    # ---- 2026 ---------------------------------------------------------------------------
    ("plan_2026", STYRNING, 2026, [1], "Fastställa handlingsplan 2026",
     "issamordnare", "done", "2026-01-19", "2026-02-10", None,
     "Beslutad i kommunledningsgruppen den 10 februari.",
     "Handlingsplanen tas fram utifrån förra årets uppföljning, riskanalyserna och "
     "internkontrollen, och fastställs av kommunledningsgruppen."),
    ("lagesrapporter", STYRNING, 2026, [2, 4], "Rapportera läget till ledningen",
     "issamordnare", "in_progress", "2026-01-19", None, "2026-11-16",
     "Delrapporten lämnades i juni. Årsrapporten skrivs nu och behandlas av "
     "kommunstyrelsen den 9 december.",
     "Två gånger om året rapporteras informationssäkerhetsarbetet till kommunstyrelsen: "
     "handlingsplanens status, inträffade incidenter och de största riskerna."),
    ("cybersakerhetslagen", STYRNING, 2026, [2, 3], "Analysera kraven enligt NIS2",
     "issamordnare", "in_progress", "2026-01-20", None, "2026-10-26",
     "Försenad. Kommunledningsförvaltningen och VA är genomgångna; övriga förvaltningar "
     "tas i januari.",
     "Jämför kommunens arbete med kraven i cybersäkerhetslagen, som genomför "
     "NIS2-direktivet, och föreskrifterna om riskhantering, incidentrapportering och "
     "ledningens ansvar. Resultatet blir åtgärder i 2027 års plan."),

    ("brandvaggar", NAT, 2026, [1, 2], "Byta brandväggar i datorhallen",
     "itchef", "done", "2026-01-21", "2026-05-12", None,
     "Driftsatta den 12 maj utan avbrott för verksamheterna.",
     "De gamla brandväggarna i kommunhusets datorhall saknar support från och med i "
     "sommar. Nya brandväggar upphandlas och driftsätts i ett kluster."),
    ("skolnatet", NAT, 2026, [3, 4], "Segmentera skolnätet",
     "itsakerhet", "in_progress", "2026-01-21", None, "2026-11-09",
     "Elevnätet är skilt från personalnätet på 9 av 14 grundskolor. Resten görs under "
     "jullovet.",
     "Dela skolornas nät i ett nät för elevernas enheter, ett för personalen och ett för "
     "fastighetens styrsystem, så att en smittad elevdator inte når personalens system."),

    ("mfa_distans", IT, 2026, [1, 2], "Införa MFA för fjärråtkomst",
     "itchef", "done", "2026-01-22", "2026-06-01", None,
     "All distansåtkomst kräver tvåfaktorsinloggning sedan den 1 juni, även "
     "leverantörernas konton.",
     "Distansåtkomst till kommunens nät via VPN och fjärrskrivbord ska kräva "
     "tvåfaktorsautentisering för medarbetare, konsulter och leverantörer."),
    ("sarbarhetsskanning", IT, 2026, [2, 3, 4], "Skanna efter sårbarheter",
     "itsakerhet", "in_progress", "2026-01-22", None, "2026-10-19",
     "Servrarna skannas varje vecka sedan september. Klientdatorerna läggs till i "
     "december.",
     "Automatisk skanning av servrar, klienter och nätverksutrustning, med rapport till "
     "IT-chefen och åtgärd av allvarliga sårbarheter inom 14 dagar."),
    ("loggtjanst", IT, 2026, [3, 4], "Central insamling av loggar",
     "itsakerhet", "postponed", "2026-01-22", None, "2026-09-14",
     "Skjuts till 2027: upphandlingen av loggtjänsten har överprövats. Ny tidplan när "
     "förvaltningsrätten har avgjort målet.",
     "Loggar från brandväggar, servrar och inloggningar samlas och sparas i sex månader, "
     "med larm vid misstänkt intrång."),

    ("klassa_elevregistret", KLASSNING, 2026, [1],
     "Klassa elevregistret",
     "buf_chef", "done", "2026-01-26", "2026-03-18", None,
     "Klassad den 18 mars med rektorer och systemförvaltaren. Resultatet finns i "
     "registret.",
     "Informationsklassning av elevregistret i skolplattformen enligt kommunens modell: "
     "konfidentialitet, riktighet och tillgänglighet, med krav på skydd som följd."),
    ("klassningsverktyg", KLASSNING, 2026, [2], "Köpa verktyg för klassning",
     "issamordnare", "cancelled", "2026-01-26", None, "2026-04-20",
     "Avbruten: klassningarna görs i Trygg, så ett separat verktyg behövs inte.",
     "Upphandla ett verktyg där verksamheterna kan klassa sin information och följa upp "
     "kraven på skydd."),
    ("klassa_personakter", KLASSNING, 2026, [2, 3, 4], "Klassa personakter inom IFO",
     "ifo_chef", "partly_started", "2026-01-27", None, "2026-10-12",
     "Barn och unga är klassade. Vuxenenheten och familjerätten har fått vänta på grund "
     "av personalbrist.",
     "Informationsklassning av personakterna inom individ- och familjeomsorgen, enhet för "
     "enhet, tillsammans med informationssäkerhetssamordnaren."),

    ("reservkraft", KONTINUITET, 2026, [1], "Testa reservkraften i datorhallen",
     "itchef", "done", "2026-01-28", "2026-03-24", None,
     "Testad den 24 mars: reservkraften tog över utan avbrott. Batterierna i ett "
     "UPS-aggregat byttes efteråt.",
     "Planerat test där datorhallen kopplas bort från elnätet och drivs av reservkraft "
     "i två timmar."),
    ("kontinuitet_lon", KONTINUITET, 2026, [2, 3, 4],
     "Revidera reservplanen för löner",
     "hrchef", "in_progress", "2026-01-28", None, "2026-11-02",
     "Reservrutinen för löneutbetalning är klar sedan oktober. Planen övas med "
     "leverantören i december.",
     "Uppdatera kontinuitetsplanen efter bytet av lönesystem: roller, reservrutiner, "
     "kontaktvägar till leverantören och prioritering vid ett längre avbrott."),
    ("ova_it_avbrott", KONTINUITET, 2026, [4], "Öva IT-avbrott med ledningen",
     "kommundirektor", "not_started", "2026-01-28", None, "2026-11-04",
     "Övningen är bokad till den 8 december. Scenariot tas fram med IT-avdelningen.",
     "Seminarieövning för kommunledningsgruppen: ett utpressningsvirus har stoppat "
     "kommunens IT-system i flera dygn. Vad gör vi första timmen, första dygnet och "
     "första veckan?"),

    ("e_utbildning", UTBILDNING, 2026, [1, 2, 3, 4],
     "E-utbildning för alla medarbetare",
     "issamordnare", "in_progress", "2026-02-02", None, "2026-11-18",
     "71 procent har gått utbildningen. Skolan och hemtjänsten ligger efter; cheferna "
     "har fått en påminnelse.",
     "Alla medarbetare ska gå kommunens e-utbildning om informationssäkerhet, ungefär "
     "45 minuter, under året. Nyanställda går den under introduktionen."),
    ("natfiske", UTBILDNING, 2026, [3], "Övning mot nätfiske",
     "itsakerhet", "done", "2026-02-02", "2026-09-17", None,
     "Genomförd i september: 14 procent klickade på länken, mot 23 procent förra året.",
     "Ett ofarligt nätfiskemejl skickas till medarbetarna i kommunhuset. Den som klickar "
     "får en kort film om hur man känner igen bedrägliga mejl."),

    ("registerforteckning", DATASKYDD, 2026, [1, 2], "Uppdatera listan över behandlingar",
     "dso", "done", "2026-02-03", "2026-06-22", None,
     "Alla nämnders behandlingar är genomgångna. Socialnämndens förteckning blev klar sist, "
     "i juni.",
     "Gå igenom registerförteckningen nämnd för nämnd: nya och upphörda behandlingar, "
     "rättslig grund, mottagare och gallringsfrister."),
    ("bitradesavtal", DATASKYDD, 2026, [3, 4], "Granska biträdesavtal",
     "dso", "partly_started", "2026-02-03", None, "2026-11-11",
     "18 av 31 avtal är granskade, molntjänsterna först. Resten granskas i februari.",
     "Kontrollera att varje leverantör som behandlar personuppgifter åt kommunen har ett "
     "aktuellt personuppgiftsbiträdesavtal, och var uppgifterna lagras."),

    # ---- 2027: the first activities of next year's plan ------------------------------------
    ("plan_2027", STYRNING, 2027, [1], "Fastställa handlingsplan 2027",
     "issamordnare", "not_started", "2026-11-16", None, "2026-11-16",
     "Förslaget tas fram i december utifrån årets uppföljning.",
     "Handlingsplanen för 2027 bygger på uppföljningen av 2026, analysen av "
     "cybersäkerhetslagen och de aktiviteter som sköts upp."),
    ("styrsystem_nat", NAT, 2027, [2, 3, 4], "Segmentera nätet för styrsystem",
     "itsakerhet", "not_started", "2026-11-16", None, "2026-11-16",
     "Planeras när skolnätet är klart.",
     "Ventilation, värme och passersystem i kommunens fastigheter flyttas till ett eget "
     "nät, skilt från kontorsnätet."),
    ("arsrapport_2027", STYRNING, 2027, [4], "Årsrapport till ledningen",
     "issamordnare", "not_started", "2026-11-16", None, "2026-11-16",
     "Som 2026: underlaget samlas in från förvaltningarna i oktober.",
     "Årsrapporten om informationssäkerhet till kommunstyrelsen: uppföljning av "
     "handlingsplanen, incidenter, risker och förslag till nästa års plan."),
    ("ova_va", KONTINUITET, 2027, [3], "Öva avbrott i VA-driften",
     "va_chef", "not_started", "2026-11-18", None, "2026-11-18",
     "Förutsätter att kontinuitetsplanen för VA-övervakningen är klar i mars.",
     "Övning med jourhavande och driftpersonal: övervakningssystemet är ur funktion och "
     "vattenverk och pumpstationer måste skötas på plats enligt reservrutinerna."),
    ("klassa_arende", KLASSNING, 2027, [1], "Klassa det nya diariet",
     "kanslichef", "not_started", "2026-11-17", None, "2026-11-17",
     "Görs före driftstarten av det nya ärendehanteringssystemet.",
     "Informationsklassning av diarieförda handlingar och ärenden i det nya "
     "ärendehanteringssystemet, som underlag för behörigheter och loggning."),
    ("chefsutbildning_2027", UTBILDNING, 2027, [2],
     "Årlig utbildning för chefer",
     "issamordnare", "not_started", "2026-11-17", None, "2026-11-17",
     "Samma upplägg som 2026, med ett nytt avsnitt om cybersäkerhetslagen.",
     "Halvdagsutbildning för alla chefer om klassning, incidentrapportering och chefens "
     "ansvar för informationssäkerheten."),
]

PLAN_YEAR = 2026


# the stable uuid of one of this part's rows: row_uuid(table, key)
row_uuid = functools.partial(core.part_uuid, "actionplan")


def due_quarter(year, quarters):
    return f"{year}-Q{max(quarters)}"


def bitmask(quarters):
    mask = 0
    for q in quarters:
        mask |= 1 << (q - 1)
    return mask


def build():
    persons = {key for key, *_ in core.PERSONS}
    actions, items = [], []

    for i, (key, area, year, quarters, title, responsible, plan_status, created_day,
            completed, updated_day, comment, description) in enumerate(ITEMS):
        assert responsible in persons, (key, responsible)
        assert plan_status in PLAN_STATUSES, (key, plan_status)
        assert (plan_status == "done") == (completed is not None), key
        assert (completed is None) != (updated_day is None), key
        created = core.stamp(core.d(created_day), 9 * 60 + i * 4)
        if completed is not None:
            updated = core.stamp(core.d(completed), 15 * 60 + i * 3)
        else:
            updated = core.stamp(core.d(updated_day), 10 * 60 + i * 5)
        assert created <= updated < core.stamp(core.TODAY), key
        item_uuid = row_uuid("actionplan_item", key)
        action_uuid = row_uuid("action", key)

        actions.append({"uuid": action_uuid, "created_at": created, "updated_at": updated,
                        "title": title, "description": description,
                        "source_plugin": "actionplan", "source_uuid": item_uuid,
                        "responsible_id": core.row_uuid("person", responsible),
                        "due_date": None, "due_quarter": due_quarter(year, quarters),
                        "status": PLAN_STATUSES[plan_status], "completed_on": completed})
        items.append({"uuid": item_uuid, "created_at": created, "updated_at": updated,
                      "action_id": action_uuid, "area": area, "year": year,
                      "quarters": bitmask(quarters), "plan_status": plan_status,
                      "status_comment": comment})

    return {"action": actions, "actionplan_item": items}


def check():
    """What the schema cannot say: the demo's own promises, and a board that reads well."""
    keys = set()
    for (key, area, year, quarters, title, responsible, plan_status, created_day, completed,
         updated_day, comment, description) in ITEMS:
        assert key not in keys, key
        keys.add(key)
        assert quarters == sorted(set(quarters)) and set(quarters) <= {1, 2, 3, 4}, key
        assert len(title) <= MAX_TITLE, (key, len(title))
        assert max(len(word) for word in title.split()) <= MAX_WORD, key
        assert comment and description and area, key
        assert created_day <= (completed or updated_day) < core.TODAY.isoformat(), key
        if completed is not None:
            # done within the item's quarters, and not after the demo's today
            quarter = (int(completed[5:7]) - 1) // 3 + 1
            assert int(completed[:4]) == year and quarter in quarters, key

    this_year = [item for item in ITEMS if item[2] == PLAN_YEAR]
    statuses = {item[6] for item in this_year}
    assert statuses == set(PLAN_STATUSES), statuses
    # no empty cell on the board: every area has an activity in every quarter
    for area in {item[1] for item in this_year}:
        covered = set()
        for item in this_year:
            if item[1] == area:
                covered |= set(item[3])
        assert covered == {1, 2, 3, 4}, (area, covered)
    # next year's plan has begun: something in every quarter
    next_year = set()
    for item in ITEMS:
        if item[2] == PLAN_YEAR + 1:
            next_year |= set(item[3])
    assert next_year == {1, 2, 3, 4}, next_year


if __name__ == "__main__":
    core.run(__doc__, os.path.join(HERE, "actionplan.json"), build, lambda tables: check(),
             {"actionplan": 1})
