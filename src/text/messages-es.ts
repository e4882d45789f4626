// El catálogo de mensajes en español: las mismas claves que messages-en.ts (su tipo es el de
// aquel: un mensaje que falte aquí no compila), con el vocabulario de los informes en español
// (report/es.ts, planning-tables-es.ts). Los números que se cuentan o se calculan se escriben a
// la española con Intl (es-ES: 1,5; 12.345); lo que el usuario escribió se cita tal cual (1.4 en
// un YAML), para que pueda encontrarlo.

import { mapPrefix, type Messages, type NumberRule, pathText, SHOWN_TEXT_MAX, withDigitsHidden } from './messages-en.js';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

const FORMATS = new Map<string, Intl.NumberFormat>();
/** A number the Spanish way, with `decimals` decimals exactly (or at most `decimals`, when `upTo`). */
function decimal(value: number, decimals: number, upTo = false): string {
  const key = `${decimals}${upTo ? '+' : ''}`;
  let format = FORMATS.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat('es-ES', { minimumFractionDigits: upTo ? 0 : decimals, maximumFractionDigits: decimals });
    FORMATS.set(key, format);
  }
  return format.format(value);
}
/** Una estimación grande, con dos cifras significativas: "1.700.000.000". */
const TWO_DIGITS = new Intl.NumberFormat('es-ES', { maximumSignificantDigits: 2 });
/** A count or a bound: 5 210, 12.345, 0,5 (up to 6 decimals, as given). */
const num = (value: number) => decimal(value, 6, true);
/** Una cuenta con su nombre, en singular para 1: "1 día", "3304 filas". */
const counted = (value: number, one: string, many: string) => `${num(value)} ${plural(value, one, many)}`;
const fixed = (value: number, decimals: number) => decimal(value, decimals);
const percent = (share: number) => `${fixed(100 * share, 1)} %`;
const sig3 = (value: number) => (Math.abs(value) >= 100 ? fixed(value, 0) : Math.abs(value) >= 10 ? fixed(value, 1) : fixed(value, 2));
const secText = (sec: number) => (sec < 120 ? `${fixed(sec, 0)} s` : `${sig3(sec / 60)} min`);
/** Los días de la semana en una frase. */
const DAY_NAMES = { mon: 'lunes', tue: 'martes', wed: 'miércoles', thu: 'jueves', fri: 'viernes', sat: 'sábado', sun: 'domingo' } as const;
/** Trabajo ofrecido en erlangs: "2,50 erlangs". */
const erlangs = (value: number) => `${fixed(value, 2)} erlangs`;
/** Cada equipo que atiende llamadas, en singular y en plural. */
const TEAM_ONE = { advisors: 'asesor', phoneDesk: 'persona de la centralita' } as const;
const TEAM_MANY = { advisors: 'asesores', phoneDesk: 'personas de la centralita' } as const;
const pValue = (p: number) => (p < 0.001 ? 'p < 0,001' : `p = ${fixed(p, 3)}`);
/** Un intervalo del 95 % entre días; un solo día de datos no da ninguno (la dispersión necesita dos). */
const dayInterval = (interval: { readonly low: number; readonly high: number }, show: (value: number) => string) =>
  Number.isFinite(interval.low) && Number.isFinite(interval.high) ? `IC 95 % ${show(interval.low)}–${show(interval.high)}` : 'sin IC 95 % con un solo día';
const WEEKDAY_NAMES = ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'];
const weekdayCounts = (daysByWeekday: readonly number[]) =>
  daysByWeekday.flatMap((n, weekday) => (n > 0 ? [`${WEEKDAY_NAMES[weekday]} ${num(n)}`] : [])).join(', ');

/** "12,3 MB", "2,1 GB". */
const megabytes = (bytes: number) => (bytes >= 1e9 ? `${fixed(bytes / 1e9, 1)} GB` : `${fixed(bytes / 1e6, 1)} MB`);

/** Una cantidad grande de eventos en palabras: "340 mil eventos", "1,2 millones de eventos". */
function eventsInWords(value: number): string {
  const words = new Intl.NumberFormat('es-ES', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 2 }).format(value);
  return /(millón|millones|billón|billones)$/.test(words) ? `${words} de eventos` : `${words} eventos`;
}

/** "a, b o c". */
function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} o ${items[items.length - 1]}`;
}

/** Lo que el usuario escribió, para «y hay …». */
function shown(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > SHOWN_TEXT_MAX
      ? `${JSON.stringify(value.slice(0, SHOWN_TEXT_MAX))}… (${num(value.length)} caracteres)`
      : JSON.stringify(value);
  }
  if (value === undefined) return 'nada';
  if (Array.isArray(value)) return value.length > 4 ? `una lista de ${num(value.length)} elementos` : JSON.stringify(value);
  if (value !== null && typeof value === 'object') return 'un objeto';
  return String(value);
}

/** «, y hay …» tras «se esperaba …»; «, y no hay nada» si no se escribió nada. */
const got = (value: unknown) => (value === undefined ? ', y no hay nada' : `, y hay ${shown(value)}`);

/** El texto de una celda; las series de 9 cifras o más se ocultan, porque pueden ser teléfonos. */
const shownCell = (text: string) => shown(withDigitsHidden(text, 'cifras'));

function numberBounds(rule: NumberRule): string {
  const { min, max } = rule;
  if (min !== undefined && max !== undefined && !rule.minExclusive && !rule.maxExclusive) return ` entre ${num(min)} y ${num(max)}`;
  const parts: string[] = [];
  if (min !== undefined) parts.push(`${rule.minExclusive ? '>' : '≥'} ${num(min)}`);
  if (max !== undefined) parts.push(`${rule.maxExclusive ? '<' : '≤'} ${num(max)}`);
  return parts.length > 0 ? ` ${parts.join(' y ')}` : '';
}

const crossCheck: Messages['crossCheck'] = {
  closeNotAfterOpen: (open, close) => `se esperaba la hora de cierre después de la de apertura, y hay apertura ${open} y cierre ${close}`,
  rangeNotIncreasing: (range) => `se esperaba el final de ${shown(range)} después de su inicio`,
  shiftNotIncreasing: (from, to) => `se esperaba el final del turno después de su inicio, y va de ${from} a ${to}`,
  breakOutsideShift: (range) => `se esperaba el descanso ${shown(range)} dentro del turno`,
  breaksOverlap: (range, other) => `se esperaban descansos que no se solapen, pero ${shown(range)} se solapa con ${shown(other)}`,
  breaksFillShift: (from, to) =>
    `los descansos ocupan todo el turno de ${from} a ${to} y no dejan tiempo para trabajar: quite el turno o acorte los descansos`,
  sharesDoNotSumToOne: (sum) => `se esperaba que las proporciones sumaran 1, y suman ${num(sum)}`,
  duplicateWeekday: (day) => `se esperaba cada día laborable una vez, y ${shown(day)} aparece dos veces`,
  duplicateReasonName: (name) => `se esperaban nombres de motivo distintos, y ${shown(name)} aparece dos veces`,
  noAdvisors: () => 'se esperaba al menos un asesor',
  advisorsDoNotCover: (from) => `se esperaban asesores de turno desde la apertura hasta el cierre, pero desde las ${from} no hay nadie de turno`,
  overflowEmpty: () => 'unanswered: overflow necesita al menos un agente externo',
  windowOutsideOpening: (from, to) => `se esperaba la franja de recogida dentro del horario de apertura, y va de ${from} a ${to}`,
  phoneDeskWithoutDesk: () => 'la política phone-desk necesita staff.phoneDesk: se esperaba al menos una persona en la centralita',
  policyWindowsInSteadyState: () =>
    'el régimen estacionario no tiene horas del día, así que la política no puede cambiar con la hora: se esperaba una sola política, no una lista de franjas',
  policyWindowNotIncreasing: (from, to) => `se esperaba que la franja acabara después de empezar, y va de ${from} a ${to}`,
  policyWindowsStart: (from, open) =>
    `se esperaba que la primera franja empezara a la hora de apertura, ${open}, y empieza a las ${from}: una política debe regir de la apertura al cierre`,
  policyWindowsEnd: (to, close) =>
    `se esperaba que la última franja acabara a la hora de cierre, ${close}, y acaba a las ${to}: una política debe regir de la apertura al cierre`,
  policyWindowsGap: (to, from) => `se esperaba que cada franja empezara cuando acaba la anterior, pero de ${to} a ${from} no rige ninguna política`,
  policyWindowsOverlap: (from, to) =>
    `se esperaba que cada franja empezara cuando acaba la anterior, pero esta empieza a las ${from}, antes de que la anterior acabe a las ${to} (franjas en orden de hora, sin solaparse)`,
  voicemailMissing: () => 'unanswered: voicemail necesita calls.voicemail (leavesMessage)',
  overflowMissing: () => 'unanswered: overflow necesita staff.overflow',
  partsLineMissing: (reason) => `el motivo ${shown(reason)} necesita la especialidad de recambios: se esperaba staff.parts (la línea de recambios)`,
  pickupsWithoutDropOffs: () => 'las recogidas necesitan coches entregados: se esperaban citas (appointments) o visitas sin cita (walkIns)',
  windowNotIncreasing: (from, to) => `se esperaba que la franja acabara después de empezar, y va de ${from} a ${to}`,
  noDemand: () => 'se esperaba al menos un tipo de demanda: appointments, walkIns, pickups, calls o messages',
  slotsEmpty: (from, to) => `se esperaba al menos una franja de citas entre ${from} y ${to}`,
  bookingOutsideOpening: (time) => `se esperaban citas dentro del horario de apertura, y hay una a las ${time}`,
  steadyNeedsConstantRate: () => 'el régimen estacionario necesita un ritmo constante: se esperaba un solo número, y hay un perfil por horas',
  steadyNeedsHeadcount: () => 'el régimen estacionario necesita un número de personas, y hay una lista de turnos',
  steadyUnsupported: (section) => `el régimen estacionario no tiene horario de apertura, así que no puede usar ${section}`,
  warmupNotShorter: (warmup, hours) => `se esperaba warmupHours menor que hours, y hay warmupHours ${warmup} y hours ${hours}`,
  sourceNamesNoField: (path) => `se esperaba la ruta de un campo de este escenario (p. ej. "calls.patience"), y hay ${shown(path)}`,
  dayCannotEmpty: (day, replication, days) =>
    `el día ${day + 1} de la réplica ${replication + 1} seguía con contactos esperando o en curso ${num(days)} días después de su última llegada: ` +
    'la demanda supera con mucho lo que el personal puede atender, así que sus costes y esperas no significarían nada. ' +
    'Se esperaban menos llegadas, tiempos de servicio más cortos o más personal',
};

/** Cada persona de cada equipo, para las frases. */
const EVERY_MEMBER = {
  advisors: 'cada asesor',
  phoneDesk: 'cada persona de la centralita',
  parts: 'cada persona de la línea de recambios',
  overflow: 'cada agente externo',
} as const;

const MEMBER = {
  advisors: 'este asesor',
  phoneDesk: 'esta persona de la centralita',
  parts: 'esta persona de la línea de recambios',
  overflow: 'este agente externo',
} as const;

const warning: Messages['warning'] = {
  breaksLeaveNobody: (team, from, to) =>
    `de ${from} a ${to} ${EVERY_MEMBER[team]} de turno está en su descanso: no hay nadie de servicio con la recepción abierta`,
  shiftOutsideOpening: (team, shift, open, close) =>
    `el turno ${shift} queda fuera del horario de apertura (${open}–${close}): ${MEMBER[team]} no atiende ninguna visita ni llamada ` +
    `con la recepción abierta, pero las horas del turno cuentan en el coste de personal`,
  visitorsOutsideOpening: (hour) => `hay un ritmo de llegadas para la hora ${hour}, con las puertas cerradas: esas visitas no se simulan`,
  callsOutsideOpening: (hour, voicemail) =>
    `hay un ritmo de llamadas para la hora ${hour}, con la recepción cerrada: nadie atiende esas llamadas ` +
    `(${voicemail ? 'van al buzón de voz' : 'se pierden'}, y se cuentan aparte como llamadas fuera de horario)`,
  constantCallsOutsideOpening: (open, close, voicemail) =>
    `un único ritmo para todas las horas del día trae llamadas también ${open !== null && close !== null ? `antes de las ${open} y desde las ${close}` : open !== null ? `antes de las ${open}` : `desde las ${close}`}, ` +
    `con la recepción cerrada: nadie las atiende (${voicemail ? 'van al buzón de voz' : 'se pierden: se cuentan aparte como llamadas fuera de horario, pero entre quienes llaman y se quedan sin atender, y en el margen perdido'}); ` +
    'para tener llamadas solo en horario de apertura, dé el ritmo por horas ({ "08": 10, "09": 10, … })',
  overflowUnused: (unanswered) =>
    `ninguna llamada va al equipo externo: la política manda las llamadas sin atender a ${shown(unanswered)} (ponga policy.unanswered: overflow para usarlo)`,
  unansweredWithoutRingLimit: (unanswered) =>
    `las llamadas van a ${shown(unanswered)} solo tras sonar ringSec segundos, y la política no fija ringSec: esto no cambia nada`,
  ignoredInSteadyState: (field) =>
    `el régimen estacionario simula un solo periodo largo por réplica, así que ${field} no cambia nada (steadyState.hours fija su duración)`,
  factorOutsideWeek: (day, week) => `hay un factor para ${day}, que no es un día laborable (week: ${week.join(', ')}): no cambia nada`,
  targetsWithoutContacts: (contacts) =>
    `el escenario no tiene ${contacts === 'calls' ? 'llamadas' : 'visitas (ni citas, ni visitas sin cita, ni recogidas)'}: estos objetivos no cambian nada`,
  partsLineIdle: () => 'ningún motivo de llamada tiene skill: parts, así que la línea de recambios no atiende llamadas: solo suma su coste de personal',
  deskWithoutPolicy: (kind) => `la centralita solo atiende llamadas con la política phone-desk, pero la política es ${shown(kind)}: ${DESK_UNUSED}`,
  deskWithoutDeskWindow: (kinds) =>
    `la centralita solo atiende llamadas con la política phone-desk, pero ninguna franja de la política es phone-desk (son ${kinds.map(shown).join(', ')}): ${DESK_UNUSED}`,
  noArrivals: (section) => `el ritmo es 0 a todas las horas: no llega ${ARRIVING[section]}, así que el resto de ${section} no cambia nada`,
  noArrivalsInWeek: (section, week) =>
    `el factor es 0 en todos los días laborables (week: ${week.join(', ')}): no llega ${ARRIVING[section]}, así que el resto de ${section} no cambia nada`,
  redialNever: () => 'la probabilidad de volver a llamar es 0: nadie vuelve a llamar, así que el resto de redial no cambia nada',
  redialOneAttempt: () => 'un solo intento por cliente no deja volver a llamar, así que el resto de redial no cambia nada',
  interruptChoiceUnused: () => 'interruptProbability es 0: no se interrumpe ninguna visita, así que interruptChoice no cambia nada',
  steadyOverload: (load, people, who) => {
    const parts = [
      load.calls > 0 ? `llamadas ${erlangs(load.calls)}: nadie cuelga y ningún límite de timbre desvía una llamada` : null,
      load.walkIns > 0 ? `visitas sin cita ${erlangs(load.walkIns)}: nunca se van` : null,
      load.messages > 0 ? `mensajes ${erlangs(load.messages)}` : null,
    ].filter((part) => part !== null);
    const pool =
      who === 'everyone'
        ? `${counted(people, 'persona', 'personas')} de servicio`
        : `${counted(people, TEAM_ONE[who], TEAM_MANY[who])}, que ${plural(people, 'atiende', 'atienden')} ${load.calls > 0 ? 'las llamadas' : 'las visitas'}`;
    return (
      `la recepción no da abasto: el trabajo que nunca se va suma ${erlangs(load.calls + load.walkIns + load.messages)} (${parts.join('; ')}), ` +
      `al menos lo que ${plural(people, 'puede', 'pueden')} hacer ${pool}: en régimen estacionario las colas crecen mientras dura la simulación, así que cada cifra depende de steadyState.hours ` +
      'en vez de medir un estado estacionario (añada personal, o dé paciencia a quienes llaman o visitan)'
    );
  },
  visitsRunIntoNextDay: (weekday, workHours, advisors, capacityHours) =>
    `las visitas que siempre se atienden (citas que se presentan, visitas sin cita que nunca se van) traen unas ${fixed(workHours, 1)} h de trabajo${weekday === null ? ' al día' : ` un ${DAY_NAMES[weekday as keyof typeof DAY_NAMES] ?? weekday}`}, ` +
    `más de lo que ${advisors === 1 ? 'un asesor puede' : `${num(advisors)} asesores pueden`} hacer desde el inicio de sus turnos hasta la apertura del día siguiente (${fixed(capacityHours, 1)} h): ` +
    'el día no se puede terminar, y como cada día simulado empieza vacío, las horas extra que se ven se comerían en realidad el día siguiente',
  everyBookingNoShow: () => 'todos los clientes con cita faltan: no llega nadie con cita, así que el resto de appointments no cambia nada',
};

/** Lo que hace una centralita con una política que no le da llamadas. */
const DESK_UNUSED = 'la centralita no atiende ninguna llamada; su personal solo devuelve llamadas y contesta mensajes (si los hay), con su coste de personal';

/** Lo que trae cada corriente de llegadas, para las frases. */
const ARRIVING = { walkIns: 'ninguna visita sin cita', calls: 'ninguna llamada', messages: 'ningún mensaje' } as const;

const limits: Messages['limits'] = {
  people: (max) => `se esperaban como mucho ${num(max)} personas por equipo (la recepción de un concesionario, no un centro de llamadas)`,
  arrivalsPerHour: (max) => `se esperaban como mucho ${num(max)} llegadas por hora (muy por encima de cualquier recepción de concesionario)`,
  days: (max) =>
    `se esperaban como mucho ${num(max)} días por réplica (unos 40 años de días laborables; para intervalos más estrechos, añada réplicas)`,
  replicationsNeeded: (min) => `un intervalo del 95 % necesita la dispersión de al menos ${num(min)} réplicas`,
  fewReplications: (min) => `se esperaban al menos ${num(min)} réplicas (un intervalo del 95 % necesita la dispersión entre ellas)`,
  replications: (max) =>
    `se esperaban como mucho ${num(max)} réplicas (los intervalos se estrechan con la raíz cuadrada de su número: ${num(max)} ya dan el 1 % de la dispersión de una réplica)`,
  steadyHours: (max) => `se esperaban como mucho ${num(max)} horas (más de 10 años de tiempo simulado)`,
  slotSpacingMin: (min) => `se esperaban franjas separadas al menos ${num(min)} ${plural(min, 'minuto', 'minutos')}`,
  bookingsPerSlot: (max) => `se esperaban como mucho ${num(max)} citas por franja`,
  bookingsPerDay: (max) => `se esperaban como mucho ${num(max)} citas al día`,
};

const validation: Messages['validation'] = {
  expected: (what, value) => `se esperaba ${what}${got(value)}`,
  expectedEither: (alternatives, value) => `se esperaba ${orList(alternatives)}${got(value)}`,
  oneOf: (values, value) =>
    values.length === 1 ? `se esperaba ${shown(values[0])}${got(value)}` : `se esperaba uno de ${values.map(shown).join(', ')}${got(value)}`,
  missing: () => 'falta (es obligatorio)',
  missingOneOf: (values) => `falta (es obligatorio): se esperaba uno de ${values.map(shown).join(', ')}`,
  unknownField: (key, allowed, suggestion) =>
    `campo desconocido ${shown(key)} (${suggestion === undefined ? '' : `¿quería decir ${shown(suggestion)}? `}` +
    (allowed.length > 0 ? `se esperaba uno de: ${allowed.join(', ')})` : 'aquí no se admite ningún campo)'),
  ruleGot: (rule, value) => `${rule}${got(value)}`,
  number: (rule = {}) => `un ${rule.whole ? 'número entero' : 'número'}${numberBounds(rule)}`,
  text: () => 'un texto',
  nonEmptyText: () => 'un texto no vacío',
  textOfLength: (atLeast, bound) => `un texto de ${atLeast ? 'al menos' : 'como mucho'} ${num(bound)} ${plural(bound, 'carácter', 'caracteres')}`,
  boolean: () => 'true o false',
  list: () => 'una lista',
  listOfAtLeast: (count) => `una lista de al menos ${num(count)} ${plural(count, 'elemento', 'elementos')}`,
  listOfAtMost: (count) => `una lista de como mucho ${num(count)} ${plural(count, 'elemento', 'elementos')}`,
  object: () => 'un objeto',
  objectWith: (keys) => `un objeto con ${keys.join(', ')}`,
  nullValue: () => 'null',
  orNull: (what) => `${what} o null`,
  kind: (name) => `un valor de tipo ${name}`,
  matching: (pattern) => `un texto que cumpla ${pattern}`,
  format: (name) => `un texto en formato ${name}`,
  multipleOf: (divisor) => `un múltiplo de ${num(divisor)}`,
  sized: (what, atLeast, bound) => `un valor ${what} de tamaño ${atLeast ? 'mínimo' : 'máximo'} ${num(bound)}`,
  values: (values) => (values.length === 1 ? shown(values[0]) : `uno de ${values.map(shown).join(', ')}`),
  invalid: () => 'un valor válido',
  clockTimeRule: () => 'se esperaba una hora "HH:MM" (24 horas)',
  timeRangeRule: () => 'se esperaba un intervalo de horas "HH:MM-HH:MM"',
  hourKeyRule: () => 'se esperaba una hora de "00" a "23"',
  negativeDuration: () => 'una duración no puede ser negativa: dé a esta distribución un límite inferior (min) de 0 o más',
  distributionOrder: (kind, lowName, low, highName, high) =>
    `${kind}: ${lowName} debe ser menor que ${highName}, y hay ${lowName} ${low} y ${highName} ${high}`,
  triangularMode: (min, max, mode) => `triangular: mode debe estar entre min ${min} y max ${max}, y hay ${mode}`,
  normalTruncation: (minProbability, mean, sd, probability, bounds) =>
    `normal: min y max deben dejar una probabilidad de al menos ${num(minProbability)} de normal(mean ${mean}, sd ${sd}), y dejan ` +
    `${new Intl.NumberFormat('es-ES', { maximumSignificantDigits: 3 }).format(probability)} en ${bounds}`,
};

const reading: Messages['reading'] = {
  cannotRead: (name, reason) => `no se puede leer ${pathText(name)}: ${reason}`,
  noSuchFile: () => 'no existe ese fichero',
  isAFolder: () => 'es una carpeta, no un fichero',
  isAPipe: () => 'es una tubería, no un fichero: guarde la exportación en un fichero e indique su nombre',
  permissionDenied: () => 'permiso denegado',
  noFileAccess: () => 'aquí no se pueden leer ficheros',
  unsupportedExtension: (name) => `no se puede leer ${pathText(name)}: se esperaba un fichero .yaml, .yml o .json`,
  invalidYaml: (detail) => `YAML no válido: ${detail}`,
  multipleDocuments: () => 'YAML no válido: se esperaba un solo documento, y hay varios (separados por una línea ---)',
  yamlWarning: (detail) => `aviso de YAML: ${detail}`,
  utf16: () => 'no es un fichero de texto UTF-8 (parece UTF-16): guárdelo como UTF-8',
  notUtf8: (line, column, byte) =>
    `no es un fichero de texto UTF-8: el byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} de la línea ${line}, columna ${column}, no es UTF-8 (guarde el fichero como UTF-8)`,
  looksBinary: () => 'parece un fichero binario, no de texto',
  tooLarge: (bytes, maxBytes) =>
    `el fichero ocupa ${megabytes(bytes)}, más de los ${megabytes(maxBytes)} que puede ocupar un escenario o un libro de citas`,
};

const override: Messages['override'] = {
  source: (flag) => `--set ${JSON.stringify(flag)}`,
  malformed: () => 'se esperaba ruta=valor, con una ruta separada por puntos',
  notAList: (at, found) => `se esperaba una lista en ${at || 'la raíz'} en la que indexar, y hay ${shown(found)}`,
  notAnObject: (at, found) => `se esperaba un objeto en ${at || 'la raíz'} en el que fijar un campo, y hay ${shown(found)}`,
  indexOutOfRange: (index, length) => `se esperaba un índice de 0 a ${length} (${length} añade un elemento), y hay ${index}`,
  unchanged: () => 'no cambia nada: el escenario ya tiene esto',
  shadowed: (earlier, later) => `${later} también fija esto y se aplica después: vale ${later}, y ${earlier} no cambia nada`,
};

const csvInput: Messages['csvInput'] = {
  binary: () => 'no es un fichero de texto (parece binario): exporte los datos como CSV',
  spreadsheet: () => 'esto es un libro de hoja de cálculo, no un fichero CSV: guárdelo como CSV (separado por comas o por punto y coma)',
  empty: () => 'el fichero está vacío: se esperaba una fila de cabecera con los nombres de las columnas y después una fila por registro',
  noRows: () => 'se esperaba al menos una fila después de la cabecera, y no hay ninguna',
  invalidCsv: (detail) => `CSV no válido: ${detail}`,
  missingColumn: (fields, names, found, mapKind) =>
    `no hay columna para ${fields.join(' ni ')}: se esperaba una llamada ${orList(names.map(shown))}, y las columnas son ` +
    `${found.map(shown).join(', ')} (indique cuál con --map "${mapPrefix(mapKind)}<columna>=${fields[0]}")`,
  ambiguousColumn: (field, first, second, mapKind) =>
    `las columnas ${shown(first)} y ${shown(second)} se leen las dos como ${field}: elija una con --map "${mapPrefix(mapKind)}<columna>=${field}"`,
  sameNameColumns: (name, first, second) =>
    `las columnas ${first} y ${second} se llaman las dos ${shown(name)}: cambie el nombre de una de ellas en el fichero (--map elige una columna por su nombre)`,
  unknownColumn: (name, allowed) => `columna desconocida ${shown(name)} (se esperaba: ${allowed.join(', ')})`,
  duplicateColumn: (name) => `la columna ${shown(name)} aparece dos veces`,
  mapSource: (flag) => `--map ${JSON.stringify(flag)}`,
  mapMalformed: (mapKind) => `se esperaba ${mapPrefix(mapKind)}columna=campo, p. ej. --map "${mapPrefix(mapKind)}Hora inicio=time"`,
  mapUnknownField: (field, fields) => `campo desconocido ${shown(field)} (se esperaba uno de: ${fields.join(', ')})`,
  mapFieldTwice: (field, earlier) => `el campo ${shown(field)} ya tiene su columna por ${earlier}: se esperaba un solo --map por campo`,
  mapColumnTwice: (column, field, earlier) =>
    `la columna ${shown(column)} ya es el campo ${shown(field)} por ${earlier}: se esperaba cada columna para un solo campo`,
  mapUnknownColumn: (column, found) => `el fichero no tiene la columna ${shown(column)} (sus columnas: ${found.map(shown).join(', ')})`,
  tooManyValues: (expected, count) =>
    `se esperaban como mucho ${num(expected)} ${plural(expected, 'valor', 'valores')} (uno por columna), y hay ${num(count)}`,
  inColumn: (column, problem) => `columna ${shown(column)}: ${problem}`,
  badCell: (expected, text) => `se esperaba ${expected}, y hay ${shownCell(text)}`,
  date: () => 'una fecha dd/mm/aaaa o aaaa-mm-dd',
  clockTime: () => 'una hora hh:mm o hh:mm:ss',
  dateTime: () => 'una fecha y hora, p. ej. 04/03/2024 09:15 o 2024-03-04T09:15',
  noDate: () => 'una fecha: el fichero no tiene columna de fecha, así que cada hora debe llevar su fecha (04/03/2024 09:15)',
  duration: () => 'una duración: segundos (75 o 75,5), mm:ss o hh:mm:ss',
  nonNegativeDuration: () => 'una duración de 0 o más',
  durationWithinADay: () => 'una duración de 24 horas como mucho (86400 s)',
  notBefore: (other) => `una hora no anterior ${{ arrival: 'a la llegada', start: 'al inicio' }[other]}`,
  wholeAtLeastOne: () => 'un número entero ≥ 1',
  value: () => 'un valor',
  oneOf: (values) => `uno de ${values.map(shown).join(', ')}`,
  rowsSkipped: (file, skipped, rows, listed) =>
    `${num(skipped)} de ${num(rows)} filas de ${shown(file)} se han saltado por ilegibles` +
    (listed < skipped ? ` (se listan las ${num(listed)} primeras)` : '') +
    '; con --strict se detiene en la primera',
  allLeftOut: (leftOut) => `no queda ninguna fila que leer después de dejar fuera ${leftOut.join(' y ')}`,
  noUsableRows: (file, rows) => `no se ha podido leer ninguna de las ${num(rows)} filas de ${shown(file)} (los problemas se enumeran debajo)`,
  unusedColumns: (columns) => `columnas sin usar: ${columns.map(shown).join(', ')}`,
};

const slotsCsv: Messages['slotsCsv'] = {
  missingHeader: (found) =>
    `se esperaba una fila de cabecera con las columnas hora (time) y, si se quiere, citas (count), y hay ${shown(found)}`,
  unknownColumn: (name) => csvInput.unknownColumn(name, ['hora (time)', 'citas (count)']),
  tooManyValues: (expected, count) => csvInput.tooManyValues(expected, count),
  badTime: (value) => csvInput.badCell(csvInput.clockTime(), value),
  badCount: (value) => csvInput.badCell(csvInput.wholeAtLeastOne(), value),
  noBookings: () => 'se esperaba al menos una hora con cita, y no hay ninguna',
  invalidCsv: (detail) => csvInput.invalidCsv(detail),
  besideFile: (key) =>
    `un libro de citas leído de un fichero no admite más campo que file, y hay ${shown(key)}: las citas de cada hora van en la columna citas (count) del fichero`,
};

const outputFile: Messages['outputFile'] = {
  exists: (path) => `${shown(path)} ya existe: elija otro --out o bórrelo`,
  cannotWrite: (path, reason) => `no se puede escribir ${shown(path)}: ${reason}`,
  noFolder: (folder) => `no existe la carpeta ${shown(folder)} (créela antes o elija otro nombre)`,
  notHere: () => 'en esa carpeta no se pueden crear archivos',
};

const RESULTS_FOLDER = 'se esperaba una carpeta de resultados escrita por recepsim run, compare, sweep o size';

const resultsInput: Messages['resultsInput'] = {
  notAFolder: (path) => `${shown(path)} no es una carpeta: ${RESULTS_FOLDER}`,
  noSuchFolder: (path) => `no existe la carpeta ${shown(path)}: ${RESULTS_FOLDER}`,
  missingFile: (name) => `falta ${name}: ${RESULTS_FOLDER}`,
  notJson: (detail) => `JSON no válido: ${detail}`,
  notAnObject: () => 'se esperaba un objeto JSON',
  summaryMissing: (path) => `no hay ${path}: este resumen lo escribió otra versión de recepsim; vuelva a ejecutar el escenario`,
  summaryUnexpected: (path, expected) => `${path}: se esperaba ${expected}`,
  summaryKind: (kind) => ({ number: 'un número', object: 'un objeto', string: 'un texto', boolean: 'true o false' })[kind],
  summaryList: (length) => `una lista de ${num(length)}`,
  differentRuns: (summaryName, scenarioName) =>
    `summary.json es de ${shown(summaryName)} pero scenario.json es de ${shown(scenarioName)}: la carpeta mezcla dos ejecuciones`,
  rewrote: (folder) => `informe reescrito en ${folder}`,
  shardFolder: (folder) =>
    `${shown(folder)} contiene una parte de una ejecución: junte todas las partes con recepsim merge, cuya carpeta recibe el informe`,
  planningFile: (problem) =>
    problem === 'missing'
      ? 'falta: se esperaba una carpeta de resultados escrita por recepsim compare, sweep, size o merge'
      : problem === 'notJson'
        ? 'JSON no válido: la carpeta se ha modificado después de que recepsim la escribiera; vuelva a ejecutar el comando'
        : 'no es lo que recepsim escribe ahí: la carpeta se ha modificado después de que recepsim la escribiera, o la escribió otra versión; vuelva a ejecutar el comando',
};

const resultsFolder: Messages['resultsFolder'] = {
  exists: (path) => `la carpeta de resultados ${pathText(path)} ya existe: elija otra con --out o bórrela`,
  emptyPath: () => 'se esperaba la ruta de una carpeta, y hay un texto vacío',
  insideAFile: (path, file) => `no se puede crear la carpeta de resultados ${pathText(path)}: ${pathText(file)} es un fichero, no una carpeta`,
  cannotCreate: (path, reason) => `no se puede crear la carpeta de resultados ${pathText(path)}: ${reason} (elija otra carpeta con --out)`,
  cannotWrite: (path, reason) => `no se puede escribir la carpeta de resultados ${pathText(path)}: ${reason}; no se ha escrito nada`,
};

const runSize: Messages['runSize'] = {
  long: (events, hours, threads) =>
    `esta ejecución simularía unos ${eventsInWords(events)}, unas ${decimal(hours, 1, true)} horas con ${threads} ${plural(threads, 'hilo', 'hilos')}: ` +
    'añada --force para ejecutarla de todos modos, o reduzca --reps, --days o los volúmenes',
  memory: (needBytes, haveBytes) =>
    `esta ejecución necesitaría unos ${megabytes(needBytes)} de memoria, más de los ${megabytes(haveBytes)} disponibles: ` +
    'reduzca --reps o --days (con --trace cada contacto se guarda en memoria)',
  trace: (traceBytes, maxBytes) =>
    `trace.csv ocuparía unos ${megabytes(traceBytes)}, más de los ${megabytes(maxBytes)} con los que se puede construir un fichero: ` +
    'use --trace con menos réplicas o menos días',
  endless: () =>
    'calls.redial: quienes llaman volverían a llamar sin fin en el mismo instante (p 1, sin maxAttempts, una demora de 0): ' +
    'fije maxAttempts o una demora de rellamada',
};

const fileSystem: Messages['fileSystem'] = {
  readOnly: () => 'el sistema de ficheros es de solo lectura',
  noSpace: () => 'no queda espacio en el dispositivo',
  quota: () => 'se ha superado la cuota de disco',
  notAFolder: () => 'una parte de la ruta es un fichero, no una carpeta',
  noSuchFolder: () => 'ahí no se pueden crear carpetas',
  tooLarge: () => 'un fichero supera el tamaño que permite el sistema',
  nameTooLong: () => 'el nombre es demasiado largo',
  ioError: () => 'error de entrada/salida',
  closed: () => 'la salida está cerrada',
  other: (code) => `error del sistema ${code}`,
};

const didYouMean = (suggestion: string | undefined) => (suggestion === undefined ? '' : ` (¿quería decir ${suggestion}?)`);

const cli: Messages['cli'] = {
  usage: (problem) => `${problem}\n(ejecute "recepsim --help" para ver los comandos y sus opciones)`,
  bug: (detail) => `recepsim se ha detenido por un error interno; es un fallo, por favor, comuníquelo:\n${detail}`,
  badFlag: (flag, expected, value) => `${flag}: se esperaba ${expected}${got(value)}`,
  missingFlag: (flag, expected) => `${flag}: falta (es obligatoria): se esperaba ${expected}`,
  wrote: (folder) => `resultados escritos en ${folder}`,
  wroteFile: (path) => `escrito en ${path}`,
  warningsHeader: (count) => `${num(count)} ${plural(count, 'aviso', 'avisos')}:`,
  progress: (done, total) => `réplica ${num(done)} de ${num(total)}`,
  whatIfServing: (scenario, url) => `página «¿Y si…?» de ${shown(scenario)}: ${url}`,
  whatIfStop: () => 'ábrala en un navegador de este ordenador; pulse Ctrl+C para detenerla',
  whatIfExported: (path) => `página «¿Y si…?» escrita en ${path} (ábrala desde el disco, o envíela: no necesita red)`,
  whatIfNotBuilt: (folder) => `la página «¿Y si…?» no está construida (no hay paquetes en ${folder}): ejecute "npm run build"`,
  exportExists: (path) => `--export: ${shown(path)} ya existe: elija otro nombre o bórrelo`,
  exportNotHtml: (path) => `--export: se esperaba un nombre de fichero acabado en .html, y hay ${shown(path)}`,
  valueMissing: (flag) => `${flag}: falta un valor después`,
  repeatedFlag: (flag, values) => `${flag}: se ha dado ${num(values.length)} veces (${values.map(shown).join(', ')}): se esperaba una sola vez`,
  cannotWriteStdout: (reason) => `no se puede escribir en la salida estándar: ${reason}`,
  workersWithTrace: () => '--trace se ejecuta en un solo hilo, así que esto no cambia nada',
  interrupted: (signal) => `interrumpido (${signal}): no ha quedado nada a medio escribir`,
  moreProblems: (count) => `… y ${count} ${plural(count, 'problema más', 'problemas más')} como estos (corrija estos primero y vuelva a ejecutar)`,
  oneOf: (values) => `uno de ${values.join(', ')}`,
  seedExpected: () => 'un número o una palabra',
  folderExpected: () => 'la ruta de una carpeta',
  portExpected: () => 'un número de puerto de 0 a 65535',
  callLogFlagUnused: () => 'solo lo lee un registro de llamadas (import calls, calibrate --calls), y no se lee ninguno: no cambia nada',
  portUnavailable: (port, reason) => `--port ${port}: no se puede servir en 127.0.0.1:${port}: ${reason} (elija otro puerto, u omita --port para usar uno libre)`,
  portInUse: () => 'otro programa lo está usando',
  portWithExport: () => 'una página exportada se escribe en un archivo y no se sirve, así que esto no cambia nada',
  htmlFileExpected: () => 'un nombre de fichero acabado en .html',
  redialWindowExpected: () => 'minutos, más de 0 y como mucho 1440',
  queueExpected: () => 'el nombre de una cola',
  numberExpected: (whole, min, max, positive = false) => {
    const noun = whole ? 'un número entero' : 'un número';
    if (positive) return max === undefined ? `${noun} mayor que 0` : `${noun} mayor que 0 y de hasta ${num(max)}`;
    if (min !== undefined && max !== undefined) return `${noun} de ${num(min)} a ${num(max)}`;
    if (min !== undefined) return `${noun} de al menos ${num(min)}`;
    if (max !== undefined) return `${noun} de hasta ${num(max)}`;
    return noun;
  },
  noCommand: () => 'se esperaba un comando: vea la lista de arriba',
  notesHeader: () => 'qué hicieron los cambios:',
  unknownCommand: (name, suggestion) => `comando desconocido ${shown(name)}${didYouMean(suggestion)}`,
  unexpectedArgument: (text) => `argumento inesperado ${shown(text)}: las opciones empiezan por --`,
  unknownFlag: (flag, suggestion) => `opción desconocida ${flag}${didYouMean(suggestion)}`,
  missingArguments: (command, expected, usage) => `${command}: se esperaba ${andList(expected)}: recepsim ${usage}`,
  dashNotAccepted: (where, stream, expected) =>
    `${where}: no se acepta "-" (${stream === 'input' ? 'la entrada estándar' : 'la salida estándar'}): se esperaba ${expected}`,
  expectedScenarioFile: () => 'un fichero de escenario (.yaml, .yml o .json)',
  expectedScenarioFiles: () => 'un fichero de escenario (con --variant para cada variante), o varios ficheros de escenario',
  expectedResultsFolder: () => 'una carpeta de resultados escrita por recepsim run, compare, sweep, size o merge',
  expectedShardFolders: () => 'la carpeta de resultados de cada parte de una ejecución de sweep o de size',
  expectedErlangModel: (models) => `un modelo (${orList(models)})`,
  expectedImportKind: (kinds) => `el tipo de exportación (${orList(kinds)})`,
  expectedCsvFile: () => 'un fichero CSV',
  expectedFileName: () => 'un nombre de fichero',
};

/** "a, b y c". */
function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`;
}

const calibrate: Messages['calibrate'] = {
  needsAFile: () => 'se esperaba al menos un fichero exportado con el que calibrar: --calls, --appointments o --visits',
  yamlOut: () => 'un fichero .yaml o .yml (el escenario calibrado conserva sus comentarios)',
  notTheScenario: () => 'un fichero nuevo, no el escenario que se calibra',
  mapNeedsKind: (kinds) => `tipo:columna=campo cuando se dan varios ficheros (${kinds.map((kind) => `${kind}:`).join(', ')})`,
  mapForAGivenFile: (kinds) => `un --map para un fichero dado aquí (${kinds.map((kind) => `--${kind}`).join(', ')})`,
  invalidResult: (out) => `el escenario calibrado no sería válido, así que no se ha escrito ${shown(out)}:`,
  changesHeader: (from, to) => `Se ha calibrado ${from} en ${to}:`,
  change: (field, value) => `  ${field}: ${value}`,
  removed: () => 'quitado',
  perDay: (total, hours) => `${fixed(total, 1)} al día en ${num(hours)} ${plural(hours, 'hora', 'horas')}`,
};

/** Los tipos de visita del registro de recepción, en plural. */
const VISIT_KINDS = { dropOff: 'entregas con cita', walkIn: 'visitas sin cita', pickup: 'recogidas' } as const;
/** Los mismos, en singular. */
const VISIT_KIND = { dropOff: 'entrega con cita', walkIn: 'visita sin cita', pickup: 'recogida' } as const;

/** Cómo acabó un intento de llamada del registro, con las palabras de las centralitas en español. */
const CALL_STATUSES: Readonly<Record<string, string>> = {
  answered: 'contestadas',
  abandoned: 'abandonadas',
  unanswered: 'no contestadas',
  voicemail: 'buzón',
  busy: 'ocupado',
};

const calibrationText: Messages['calibrationText'] = {
  evidence: (file, firstDate, lastDate, days, sample) => `datos propios: ${file}, del ${firstDate} al ${lastDate}, ${counted(days, 'día', 'días')}, ${sample}`,
  attempts: (n) => `${num(n)} ${plural(n, 'intento', 'intentos')} de llamada`,
  bookings: (n) => `${num(n)} ${plural(n, 'cita', 'citas')}`,
  visits: (n) => `${num(n)} ${plural(n, 'visita', 'visitas')}`,
  from: (file, firstDate, lastDate) => `de ${file}, del ${firstDate} al ${lastDate}`,
  interval: (interval, round) => `IC 95 % ${num(round(interval.low))}–${num(round(interval.high))}`,
  callsSource: (file, firstDate, lastDate, days, daysByWeekday) =>
    `Llamadas calibradas con ${file}: del ${firstDate} al ${lastDate}, ${counted(days, 'día', 'días')} con llamadas (${weekdayCounts(daysByWeekday)})`,
  rowsRead: (rows, skipped, leftOut) =>
    counted(rows, 'fila usada', 'filas usadas') +
    (skipped > 0 ? `, ${num(skipped)} saltadas por ilegibles` : '') +
    (leftOut.length > 0 ? `; dejadas fuera: ${leftOut.join(', ')}` : ''),
  leftOutOutgoing: (rows) => counted(rows, 'llamada saliente o interna', 'llamadas salientes o internas'),
  leftOutQueues: (rows, queue) => `${counted(rows, 'llamada', 'llamadas')} de colas distintas de ${shown(queue)}`,
  callOutcomes: (rows, byStatus) =>
    'resultados: ' +
    Object.entries(byStatus)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${CALL_STATUSES[status] ?? status} ${num(n)} (${percent(n / rows)})`)
      .join(', '),
  observedService: (answeredWithinShare, meanAnsweredWaitSec) =>
    `observado: ${percent(answeredWithinShare)} de los intentos atendidos en 20 s` +
    (Number.isFinite(meanAnsweredWaitSec) ? `; las llamadas atendidas esperaron ${secText(meanAnsweredWaitSec)} de media` : ''),
  freshDemand: (perDay, fresh, redials, rows, windowMin) =>
    `demanda nueva de ${sig3(perDay.value)} clientes al día (${dayInterval(perDay, sig3)}): ` +
    `${num(redials)} de ${counted(rows, 'intento', 'intentos')} (${percent(redials / rows)}) ${plural(redials, 'fue una rellamada', 'fueron rellamadas')} en los ${num(windowMin)} min siguientes a un intento fallido, ` +
    `así que ${num(fresh)} ${plural(fresh, 'fue nuevo', 'fueron nuevos')}`,
  unknownCallers: (unknown, rows) =>
    `${counted(unknown, 'intento', 'intentos')} (${percent(unknown / rows)}) ${plural(unknown, 'no tenía', 'no tenían')} número de quien llama: se cuentan como demanda nueva, y sus rellamadas no se pueden ver`,
  outOfOrder: (runs) =>
    `el fichero no está en orden de fecha y hora: se ha leído como ${num(runs)} tramos ordenados, y no se han buscado rellamadas entre dos tramos (ordene el fichero por fecha y hora)`,
  perHourNote: (from, days) =>
    `primeros intentos por hora en un día medio (sin rellamadas), ${from}, ${counted(days, 'día', 'días')}; ` +
    'cada hora: IC 95 %, y después todos los intentos por hora',
  hourRate: (interval, allAttempts) => `${fixed(interval.low, 2)}–${fixed(interval.high, 2)}; todos los intentos ${fixed(allAttempts, 2)}`,
  weekdaysWithoutData: (section, days) =>
    `${section}.weekdayFactors: los datos no tienen ${days.join(', ')}, ${plural(days.length, 'día laborable', 'días laborables')} del escenario: se deja en 1 (un día medio)`,
  weekdayFactorNote: () => 'el nivel de cada día de la semana frente al día medio; IC 95 %',
  shapeFits: (statistic, freedom, p) =>
    `la misma forma horaria vale para todos los días de la semana (χ² ${fixed(statistic, 1)}, ${freedom} gl, ${pValue(p)})`,
  shapeGap: (weekday, hour, observed, model) =>
    `${weekday} ${String(hour).padStart(2, '0')}h ${fixed(observed, 2)}/h observadas, ${fixed(model, 2)}/h aquí`,
  shapeApproximated: (section, statistic, freedom, p, gaps) =>
    `${section}: aproximado: la forma horaria cambia de un día de la semana a otro (χ² ${fixed(statistic, 1)}, ${freedom} gl, ${pValue(p)}), ` +
    'lo que perHour × weekdayFactors no puede expresar' +
    (gaps.length > 0 ? `; mayores diferencias: ${gaps.join('; ')}` : ''),
  notEstimated: (field, why) => `${field} sin estimar: ${why}`,
  noColumns: (fields) => `el fichero no tiene columna ${fields.join(' ni ')}`,
  noneOfKind: (kind, days) =>
    `el registro no tiene ninguna ${kind === 'walkIn' ? 'visita sin cita' : 'recogida'} en ${counted(days, 'día', 'días')} (un escenario que se calibra conserva las suyas; quítelas si de verdad no hay ninguna)`,
  bookSource: (file, firstDate, lastDate, days, daysByWeekday) =>
    `Citas calibradas con ${file}: del ${firstDate} al ${lastDate}, ${counted(days, 'día', 'días')} con citas (${weekdayCounts(daysByWeekday)})`,
  bookingsRead: (bookings, cancelled) =>
    counted(bookings, 'cita', 'citas') + (cancelled > 0 ? `; ${calibrationText.cancelledBookings(cancelled)} ${plural(cancelled, 'dejada', 'dejadas')} fuera` : ''),
  cancelledBookings: (cancelled) => counted(cancelled, 'cita anulada', 'citas anuladas'),
  averageBook: (from, days, slots) => `citas por franja en un día medio, ${from}, ${counted(days, 'día', 'días')}: ${slots.join(', ')}`,
  bookRounded: (whole, mean) =>
    `appointments.slots: aproximado: un escenario cita clientes enteros, los mismos cada día: ${num(whole)} al día (la media del libro es ${fixed(mean, 1)}), cada franja redondeada, primero los mayores restos`,
  bookByWeekday: (byWeekday) =>
    `appointments.slots: aproximado: las citas al día cambian según el día de la semana (${byWeekday.join(', ')}) y un escenario tiene un solo libro para todos los días`,
  punctualityFit: (n, mean, earlyShare, ks, critical) =>
    `llegada menos hora de la cita de ${counted(n, 'cliente', 'clientes')}, en minutos: media IC 95 % ${fixed(mean.low, 1)}–${fixed(mean.high, 1)}; ` +
    `${percent(earlyShare)} llegan antes; distancia de Kolmogorov–Smirnov a la normal ${fixed(ks, 3)} (crítica al 5 % ${fixed(critical, 3)}: ${ks <= critical ? 'se ajusta' : 'la normal es una aproximación'})`,
  visitsSource: (file, firstDate, lastDate, days, daysByWeekday) =>
    `Visitas calibradas con ${file}: del ${firstDate} al ${lastDate}, ${counted(days, 'día', 'días')} con visitas (${weekdayCounts(daysByWeekday)})`,
  visitsRead: (byKind, meanWaitSec) =>
    'visitas: ' +
    (['dropOff', 'walkIn', 'pickup'] as const)
      .map(
        (kind) =>
          counted(byKind[kind], VISIT_KIND[kind], VISIT_KINDS[kind]) +
          (Number.isFinite(meanWaitSec[kind]) ? ` (${plural(byKind[kind], 'esperó', 'esperaron')} ${secText(meanWaitSec[kind])}${byKind[kind] === 1 ? '' : ' de media'})` : ''),
      )
      .join(', '),
  serviceIncludesInterruptions: () =>
    'los tiempos de recepción y de recogida son fin menos inicio: cualquier llamada que el asesor atendiera entretanto está dentro, mientras que una simulación con answer-all suma las interrupciones aparte',
  walkInsPerHourNote: (from, days) => `visitas sin cita por hora en un día medio, ${from}, ${counted(days, 'día', 'días')}; cada hora: IC 95 %`,
  pickupShareFit: (share) =>
    `recogidas ÷ entregas (con y sin cita) de los mismos días; ${dayInterval(share, (value) => fixed(value, 3))}`,
  pickupShareCapped: (share) =>
    `pickups.share: el registro tiene ${fixed(share, 2)} recogidas por entrega (también vuelven coches dejados otros días); un escenario admite como mucho 1`,
  pickupWindowNote: (from) => `el 90 % central de las llegadas a recoger, al cuarto de hora, ${from}`,
  pickupWindowClamped: (from, to) => `pickups.window: la franja ${from}–${to} del registro se ha ajustado al horario de apertura del escenario`,
  noColumn: (field) => `el fichero no tiene columna ${field}`,
  tooFew: (count) => `solo ${num(count)} ${plural(count, 'valor', 'valores')} (hacen falta al menos 10)`,
  allReasons: () => 'todos',
  singleReason: (from) =>
    `un solo motivo para todas las llamadas: el registro no tiene columna de motivo; el tiempo de gestión es la duración de las llamadas atendidas, ${from}`,
  talkTimes: () => 'duraciones de conversación',
  serviceTimes: (kind) =>
    ({ dropOff: 'recepciones de entregas con cita', walkIn: 'recepciones de visitas sin cita', pickup: 'recogidas' })[kind],
  handlingFit: (what, duration) =>
    `lognormal ajustada a ${num(duration.fit.count)} ${what}: media IC 95 % ${sig3(duration.fit.mean.low / 60)}–${sig3(duration.fit.mean.high / 60)} min, ` +
    `cv ${fixed(duration.fit.cv.low, 2)}–${fixed(duration.fit.cv.high, 2)}; mediana ${secText(duration.medianSec)}, p90 ${secText(duration.p90Sec)}; ` +
    `distancia de Kolmogorov–Smirnov ${fixed(duration.ks, 3)} (crítica al 5 % ${fixed(duration.ksCritical, 3)}: ${duration.ks <= duration.ksCritical ? 'se ajusta' : 'la lognormal es una aproximación'})`,
  reasonsScaled: (reasons, factor) =>
    `calls.reasons: el registro no tiene columna de motivo, así que los ${num(reasons)} motivos conservan sus proporciones y sus tiempos de gestión se han multiplicado por ${fixed(factor, 3)} para llegar a la media del registro`,
  reasonsScaledNote: (reasons, factor, meanMin, from) =>
    `tiempos de gestión de los ${num(reasons)} motivos multiplicados por ${fixed(factor, 3)}, con las mismas proporciones, para que su media sea la del registro, ${num(meanMin)} min (${from}; el registro no tiene columna de motivo)`,
  noAbandonments: (waited, totalWaitSec) =>
    `no se abandonó ninguna llamada (${num(waited)} ${plural(waited, 'esperó', 'esperaron')}, ${sig3(totalWaitSec / 3600)} h en total), así que los datos no pueden decir cuánto esperaría quien llama`,
  patienceFit: (abandoned, totalWaitSec, meanSec) =>
    `paciencia exponencial = ${sig3(totalWaitSec / 3600)} h esperadas por todos los que llamaron ÷ ${counted(abandoned, 'abandono', 'abandonos')}; ` +
    `IC 95 % ${sig3(meanSec.low / 60)}–${sig3(meanSec.high / 60)} min`,
  kaplanMeier: (curve, medianSec, gap, meanSec) =>
    `Kaplan–Meier, ${[
      curve.length === 0
        ? 'muy pocas llamadas para trazar la curva'
        : 'proporción de quienes llaman que siguen esperando: ' + curve.map((point) => `${secText(point.sec)} ${percent(point.stillWaiting)} (exponencial ${percent(Math.exp(-point.sec / meanSec))})`).join(', '),
      ...(medianSec === null ? [] : [`mediana ${secText(medianSec)}`]),
      ...(gap === null ? [] : [`mayor diferencia con la exponencial ${fixed(gap, 3)}`]),
    ].join('; ')}`,
  noRedialsFound: (failures, windowMin, upper) =>
    `calls.redial: ningún intento fallido (de ${num(failures)}) fue seguido de una rellamada en ${num(windowMin)} min: quienes llaman no vuelven a llamar (cota superior del 95 % ${fixed(upper, 3)})`,
  noCallerNumbers: () => 'el registro no tiene números de quien llama con los que encontrar las rellamadas',
  tooFewFailures: (failures, windowMin) =>
    `${counted(failures, 'intento fallido', 'intentos fallidos')} y ninguna rellamada en ${num(windowMin)} min: demasiado pocos para saberlo`,
  keptFromScenario: () => '; el escenario conserva los suyos',
  delayNotExponential: (windowMin) =>
    `las demoras antes de las rellamadas no tienen forma de exponencial dentro de ${num(windowMin)} min: pruebe con un --redial-window más largo`,
  redialFit: (redials, failures, windowMin, p, beyondWindow) =>
    `${num(redials)} de ${counted(failures, 'intento fallido', 'intentos fallidos')} ${plural(redials, 'fue seguido', 'fueron seguidos')} de otro del mismo cliente en ${num(windowMin)} min` +
    (beyondWindow >= 0.0005 ? `; p corregida por el ${percent(beyondWindow)} de rellamadas que la demora ajustada sitúa más tarde` : '') +
    `; p IC 95 % ${fixed(p.low, 3)}–${fixed(p.high, 3)}`,
  redialByAttempt: (byAttempt) =>
    'por intento (difiere más de lo que explica el azar): ' + byAttempt.map((p, k) => `tras ${k + 1}: ${fixed(p.low, 3)}–${fixed(p.high, 3)}`).join(', '),
  delayFit: (meanSec, medianSec, p90Sec) =>
    `exponencial ajustada dentro de la ventana: IC 95 % ${sig3(meanSec.low / 60)}–${Number.isFinite(meanSec.high) ? sig3(meanSec.high / 60) : '∞'} min; ` +
    `mediana observada ${secText(medianSec)}, p90 ${secText(p90Sec)}`,
  noCapSeen: (longest) => `no se ve ningún límite (la historia más larga tuvo ${counted(longest, 'intento', 'intentos')})`,
  capSeen: (attempts) => `nadie volvió a llamar tras fallar ${attempts === 1 ? 'una vez' : `${num(attempts)} veces`}, aunque tras fallos anteriores a menudo sí`,
};

const erlangText: Messages['erlangText'] = {
  modelName: (model) => ({ a: 'Erlang A', b: 'Erlang B', c: 'Erlang C' })[model],
  modelMeaning: (model) =>
    ({
      a: 'quien llama espera, y cuelga tras una paciencia exponencial',
      b: 'sin espera: una llamada que encuentra ocupados a todos los agentes se pierde',
      c: 'quien llama espera lo que haga falta',
    })[model],
  patienceNeeded: () => 'Erlang A necesita --patience-min (la paciencia media de quien espera, en minutos)',
  patienceIgnored: (model) => `${model} no usa --patience-min (solo Erlang A tiene clientes impacientes)`,
  targetExpected: () =>
    'un nivel de servicio y un umbral en segundos, como 80/20 (el 80 % en 20 s): el nivel mayor que 0 y menor que 100 (ningún equipo finito atiende a tiempo todas las llamadas), los segundos 0 o más',
  loadTooLarge: () => 'una carga ofrecida finita (--calls-per-hour ÷ 60 × --aht-min, en Erlangs)',
  serviceLevelExpected: () => 'una proporción mayor que 0 y menor que 1 (ningún equipo finito atiende a tiempo todas las llamadas)',
  finiteLoadExpected: () => 'una carga ofrecida finita (callsPerHour ÷ 60 × ahtMin, en Erlangs)',
  sumTooLong: (agents, states, max) =>
    `Erlang A: con ${num(agents)} ${plural(agents, 'agente', 'agentes')} esperan tantas llamadas, durante tanto tiempo, que la fórmula sumaría ` +
    `unos ${TWO_DIGITS.format(states)} estados de la cola (como mucho ${num(max)}); se esperaban menos --calls-per-hour o una --patience-min más corta ` +
    '(si quien llama nunca cuelga, use erlang c)',
};

const variantText: Messages['variantText'] = {
  asWritten: () => 'tal como está escrito',
  malformed: () => 'se esperaba NOMBRE:ruta=valor,… (por ejemplo "dos en centralita:policy=phone-desk:2")',
  emptyLabel: () => 'se esperaba un nombre antes de los dos puntos',
  teamResized: (path, count, pattern, shifts) =>
    `${path}: ${count} ${plural(count, 'persona', 'personas')} con el patrón del fichero, de ${pattern} ${plural(pattern, 'turno', 'turnos')}: ${shifts}`,
  shift: (from, to, breaks) => `${from}–${to}${breaks.length > 0 ? ` (descanso ${breaks.join(', ')})` : ''}`,
  teamCounted: (path, before, after) => `${path}: ${before} → ${after} ${plural(after, 'persona', 'personas')}`,
  relativeNeedsCount: (path, found) => `se esperaba en ${path} un número de personas al que sumar o restar, y hay ${shown(found)}`,
  relativeBelowZero: (path, count) => `quita más personas de las que hay en ${path} (quedarían ${count})`,
  relativeValue: () => 'un número como 4, o un cambio como +1 o -1',
  policySwitched: (from, to, dropped, defaulted) =>
    `política ${from} → ${to}` +
    (dropped.length > 0 ? `: se quita ${dropped.join(', ')} (no significa nada con ${to})` : '') +
    (defaulted.length > 0 ? `${dropped.length > 0 ? ';' : ':'} se fija ${defaulted.join(', ')} (lo necesita ${to})` : ''),
  deskSet: (count) => `staff.phoneDesk: ${count} en la centralita`,
  deskDropped: (count) => `staff.phoneDesk: se quita la centralita de ${count} ${plural(count, 'persona', 'personas')} (solo phone-desk la tiene)`,
  policyWindowsReplaced: (windows, to) => `política por horas (${windows}) → ${to} todo el día`,
  policyIsWindows: (path) =>
    `no se puede fijar ${path}: la política cambia con la hora (una lista de franjas); fije el campo de una franja (policy[0].kind=…, policy[1].ringSec=…) o policy=TIPO para una sola política todo el día`,
  unknownPolicy: (name, kinds) => `política desconocida ${shown(name)}: se esperaba una de ${kinds.join(', ')}`,
  policyParameter: (kind) =>
    kind === 'phone-desk'
      ? 'phone-desk:K fija el tamaño de la centralita, un número entero ≥ 1'
      : kind === 'threshold'
        ? 'threshold:T fija maxWaitingVisitors, un número entero ≥ 0'
        : `${kind} no admite :parámetro`,
};

const compareText: Messages['compareText'] = {
  nothingToCompare: () =>
    'nada que comparar: dé un escenario y --variant NOMBRE:ruta=valor para cada variante, o dos ficheros de escenario o más',
  variantsOfOneScenario: () => '--variant cambia un escenario: dé un solo fichero de escenario con --variant, o varios sin él',
  duplicateLabel: (label) => `dos variantes se llaman ${shown(label)}: dé a cada una su propio nombre`,
  seedsDiffer: () =>
    'los escenarios tienen semillas distintas, así que no comparten sus clientes: las diferencias se muestran con intervalos no emparejados (más anchos)',
  replicationsDiffer: (paired) => `los escenarios tienen números de réplicas distintos: las diferencias usan las ${num(paired)} primeras de cada uno`,
  sameAs: (label, earlier) => `${shown(label)} simula exactamente lo mismo que ${shown(earlier)}: sus cambios no cambian nada`,
};

const sweepText: Messages['sweepText'] = {
  deskUnused: () => '--desk no cambia nada: ninguna política del barrido tiene centralita (añada --policy phone-desk)',
  policyByHourNeedsPolicy: (windows) =>
    `la política del escenario cambia con la hora (${windows}), y un punto del barrido tiene una sola política todo el día: se esperaba --policy con las políticas que probar`,
  policyByHourReplaced: (windows) =>
    `la política del escenario cambia con la hora (${windows}); cada punto prueba en su lugar una sola política todo el día`,
  advisorsExpected: () => 'un número entero de asesores, un rango como 2..6 o una lista como 2,3,5 (de 1 a 200, de menor a mayor)',
  deskExpected: () => 'un tamaño de centralita, un rango como 1..3 o una lista como 1,2 (de 1 a 50, de menor a mayor)',
  policyExpected: (kinds) => `políticas separadas por comas, cada una de ellas ${kinds.join(', ')} (threshold:T fija T) y cada una una sola vez`,
  shardExpected: () => 'i/n con 1 ≤ i ≤ n, como 2/3',
  shardEmpty: (shard, total, unit) =>
    `--shard ${shard} no simula nada: la ejecución solo tiene ${total} ${unit === 'points' ? (total === 1 ? 'punto' : 'puntos') : total === 1 ? 'búsqueda' : 'búsquedas'} que repartir (merge sigue aceptando esta parte)`,
};

const sizeText: Messages['sizeText'] = {
  maxAdvisorsExpected: () => 'un número entero de asesores de 1 a 200',
  initialRepsExpected: () => 'un número entero de al menos 2',
  initialRepsCapped: (asked, most) =>
    `--first-reps ${asked} es más de lo que puede recibir un equipo (${most}, las réplicas del escenario o --reps): la primera mirada a cada equipo es de ${most}`,
};

/** Lo que puede diferir entre las ejecuciones de dos partes. */
const RUN_PARTS = {
  scenarios: 'escenarios',
  seeds: 'semillas',
  days: 'días',
  replications: 'réplicas',
  grids: 'rejillas de puntos',
  teamLimits: 'políticas o límites de equipo',
} as const;

const mergeText: Messages['mergeText'] = {
  notAFolder: (path) => `${shown(path)} no es una carpeta de resultados (no existe esa carpeta)`,
  notAShard: (path) => `${shown(path)} no contiene ningún sweep.json ni size.json de una ejecución con --shard`,
  shardIncomplete: (folder, file, resultFile) => `a ${shown(folder)} le falta ${file}, que su ${resultFile} menciona: vuelva a ejecutar esa parte`,
  unreadableShard: (file) => `${shown(file)} no es el JSON que escribe un sweep o size con --shard: vuelva a ejecutar esa parte`,
  wholeRun: (path) => `${shown(path)} es una ejecución completa, no una parte: no hay nada con lo que juntarla`,
  mixedKinds: () => 'las carpetas contienen resultados de comandos distintos (sweep y size): junte las partes de una sola ejecución',
  differentCounts: (first, other) => `${shown(first)} y ${shown(other)} son partes de ejecuciones divididas en un número distinto de partes`,
  differentRuns: (first, other, what, values) =>
    `${shown(first)} y ${shown(other)} son partes de ejecuciones distintas: difieren sus ${RUN_PARTS[what]}` +
    (values === undefined ? '' : ` (${shown(values[0])} y ${shown(values[1])})`),
  duplicateShard: (index, count, first, other) => `la parte ${index}/${count} se ha dado dos veces: ${shown(first)} y ${shown(other)}`,
  missingShards: (missing, count) =>
    `${missing.length === 1 ? 'falta la parte' : 'faltan las partes'} ${missing.map((index) => `${index}/${count}`).join(', ')}: dé todas las partes de la ejecución`,
  nothingToMerge: () => 'se esperaban las carpetas de resultados de todas las partes de una ejecución de sweep o de size',
  merged: (count, kind) => `se han juntado ${num(count)} partes de una ejecución de ${kind}`,
};

const yargsText: Messages['yargsText'] = {
  strings: () => ({
    'Not enough non-option arguments: got %s, need at least %s': {
      one: 'Faltan argumentos: hay %s y hace falta al menos %s',
      other: 'Faltan argumentos: hay %s y hacen falta al menos %s',
    },
    'Too many non-option arguments: got %s, maximum of %s': {
      one: 'Sobran argumentos: hay %s y se admite como mucho %s',
      other: 'Sobran argumentos: hay %s y se admiten como mucho %s',
    },
    'Missing argument value: %s': { one: 'Falta el valor de la opción %s', other: 'Faltan los valores de las opciones %s' },
    'Missing required argument: %s': { one: 'Falta un argumento obligatorio: %s', other: 'Faltan argumentos obligatorios: %s' },
    'Invalid values:': 'Valores no válidos:',
    'Argument: %s, Given: %s, Choices: %s': 'Argumento: %s; dado: %s; opciones: %s',
    'Argument check failed: %s': 'La comprobación del argumento ha fallado: %s',
    'Implications failed:': 'Faltan argumentos que dependen de otros:',
    'Not enough arguments following: %s': cli.valueMissing('--%s'),
    'Arguments %s and %s are mutually exclusive': 'Los argumentos %s y %s se excluyen entre sí',
  }),
};

/** The Spanish catalogue. */
export const messagesEs: Messages = {
  shown,
  crossCheck,
  warning,
  limits,
  validation,
  reading,
  override,
  csvInput,
  slotsCsv,
  outputFile,
  resultsInput,
  resultsFolder,
  runSize,
  fileSystem,
  cli,
  calibrate,
  calibrationText,
  erlangText,
  variantText,
  compareText,
  sweepText,
  sizeText,
  mergeText,
  yargsText,
};
