<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BackgroundExport</name>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="178"/>
        <source>Could not write {path}: {problem}</source>
        <translation>Не удалось записать {path}: {problem}</translation>
    </message>
</context>
<context>
    <name>CohortWidget</name>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="333"/>
        <source>Cohort</source>
        <translation>Когорта</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="334"/>
        <source>Indication:</source>
        <translation>Показание:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="335"/>
        <source>Age at first infusion:</source>
        <translation>Возраст на начало первой инфузии:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="336"/>
        <source>First infusion from</source>
        <translation>Первая инфузия с</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="337"/>
        <source>First infusion up to</source>
        <translation>Первая инфузия по</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="338"/>
        <source>&amp;MRN starts with:</source>
        <translation>&amp;Номер карты начинается с:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="339"/>
        <source>e.g. MSK17-</source>
        <translation>напр. MSK17-</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="340"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="341"/>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="343"/>
        <source>any</source>
        <translation>любое</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="343"/>
        <source>children (under 18)</source>
        <translation>дети (до 18 лет)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="344"/>
        <source>adults (18 and over)</source>
        <translation>взрослые (18 лет и старше)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="345"/>
        <source>time on treatment</source>
        <translation>длительности терапии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="345"/>
        <source>best response</source>
        <translation>лучшему ответу</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="346"/>
        <source>&amp;Sort lanes by:</source>
        <translation>&amp;Сортировать строки по:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="347"/>
        <source>Save swimmer plot as:</source>
        <translation>Сохранить swimmer-диаграмму:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="348"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="349"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="350"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="351"/>
        <source>Summary, counted from the record</source>
        <translation>Сводка, подсчитанная по записям</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="352"/>
        <source>Summary as JSON…</source>
        <translation>Сводка в JSON…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="353"/>
        <source>Summary as PDF…</source>
        <translation>Сводка в PDF…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="354"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="359"/>
        <source>Consistency checks</source>
        <translation>Проверка согласованности</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="412"/>
        <source>Counting the cohort…</source>
        <translation>Подсчёт когорты…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="439"/>
        <source>The cohort could not be read: {problem}</source>
        <translation>Не удалось прочитать когорту: {problem}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="470"/>
        <source>{pct} %</source>
        <translation>{pct} %</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="479"/>
        <source>  grade {grade}</source>
        <translation>  степень {grade}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="483"/>
        <source>{median} ({low}–{high})</source>
        <translation>{median} ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="487"/>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="541"/>
        <source>Patients</source>
        <translation>Пациенты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="488"/>
        <source>Median age, years (range)</source>
        <translation>Медиана возраста, лет (диапазон)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="489"/>
        <source>Baseline marrow blasts</source>
        <translation>Бласты в костном мозге исходно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="490"/>
        <source>  more than 5 %</source>
        <translation>  более 5 %</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="491"/>
        <source>  30 % or more</source>
        <translation>  30 % и более</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="492"/>
        <source>  not recorded</source>
        <translation>  не записано</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="493"/>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="494"/>
        <source>  CR (best)</source>
        <translation>  ПР, CR (лучший ответ)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="495"/>
        <source>  CRh* (best)</source>
        <translation>  CRh* (лучший ответ)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="496"/>
        <source>  MRD-negative remission</source>
        <translation>  MRD-негативная ремиссия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="497"/>
        <source>  responders</source>
        <translation>  ответили на терапию</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="498"/>
        <source>  non-responders</source>
        <translation>  не ответили на терапию</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="499"/>
        <source>  not evaluated</source>
        <translation>  ответ не оценён</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="501"/>
        <source>  response after {cycles} cycle(s)</source>
        <translation>  ответ после циклов: {cycles}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="503"/>
        <source>Transplant and outcomes</source>
        <translation>Трансплантация и исходы</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="504"/>
        <source>  transplanted</source>
        <translation>  выполнена ТГСК</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="505"/>
        <source>    {donor} donor</source>
        <translation>    донор: {donor}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="507"/>
        <source>  progression</source>
        <translation>  прогрессия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="507"/>
        <source>  relapse</source>
        <translation>  рецидив</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="508"/>
        <source>    of them CD19-negative</source>
        <translation>    из них CD19-негативный</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="509"/>
        <source>  deaths</source>
        <translation>  летальные исходы</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="509"/>
        <source>  discontinued</source>
        <translation>  терапия прекращена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="510"/>
        <source>  still on treatment</source>
        <translation>  продолжают терапию</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="511"/>
        <source>Toxicities</source>
        <translation>Токсичность</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="512"/>
        <source>  fever, any grade</source>
        <translation>  лихорадка любой степени</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="513"/>
        <source>  CRS, worst grade</source>
        <translation>  CRS, максимальная степень</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="514"/>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="517"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="516"/>
        <source>  ICANS, worst grade</source>
        <translation>  ICANS, максимальная степень</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="519"/>
        <source>  seizure</source>
        <translation>  судороги</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="519"/>
        <source>  tremor</source>
        <translation>  тремор</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="520"/>
        <source>Response by baseline blast burden</source>
        <translation>Ответ в зависимости от исходной бластной нагрузки</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="521"/>
        <source>Response by baseline CD19</source>
        <translation>Ответ в зависимости от исходного статуса CD19</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="527"/>
        <source>{group}: {responders} responded, {mrd} MRD-negative, {prog} progression, {rel} relapse</source>
        <translation>{group}: ответ — {responders}, MRD-негативны — {mrd}, прогрессия — {prog}, рецидив — {rel}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="534"/>
        <source>blasts ≤5 %</source>
        <translation>бласты ≤5 %</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="534"/>
        <source>blasts &gt;5 to &lt;30 %</source>
        <translation>бласты &gt;5 и &lt;30 %</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="535"/>
        <source>blasts ≥30 %</source>
        <translation>бласты ≥30 %</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="535"/>
        <source>blasts not recorded</source>
        <translation>бласты не записаны</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="536"/>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="537"/>
        <source>MRD-negative remission</source>
        <translation>MRD-негативная ремиссия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="541"/>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="542"/>
        <source>% of cohort</source>
        <translation>% когорты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="547"/>
        <source>Consistency checks: {c} contradiction(s), {g} gap(s)</source>
        <translation>Проверка: противоречий — {c}, пробелов — {g}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="552"/>
        <source>CONTRADICTION: {message}</source>
        <translation>ПРОТИВОРЕЧИЕ: {message}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="555"/>
        <source>Gap: {message}</source>
        <translation>Пробел в данных: {message}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="569"/>
        <source>All counts are consistent with each other.</source>
        <translation>Все показатели согласуются между собой.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="571"/>
        <source>{n} patient(s): {filter}; as of {moment}</source>
        <translation>Пациентов: {n}; {filter}; на {moment}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="589"/>
        <source>PNG picture (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="589"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Векторный рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="590"/>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="597"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="591"/>
        <source>Save the swimmer plot</source>
        <translation>Сохранить swimmer-диаграмму</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="597"/>
        <source>JSON data (*.json)</source>
        <translation>Данные JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="598"/>
        <source>Save the cohort summary</source>
        <translation>Сохранить сводку по когорте</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="614"/>
        <source>Saving the swimmer plot…</source>
        <translation>Сохранение swimmer-диаграммы…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="626"/>
        <source>Saving the summary…</source>
        <translation>Сохранение сводки…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="635"/>
        <source>Writing the summary PDF…</source>
        <translation>Создание PDF со сводкой…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="652"/>
        <source>page %v of %m</source>
        <translation>страница %v из %m</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="665"/>
        <source>Cancelling after the current page…</source>
        <translation>Отмена после текущей страницы…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="678"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="683"/>
        <source>Not saved: {problem}</source>
        <translation>Не сохранено: {problem}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="688"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Экспорт отменён: файл не записан.</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="26"/>
        <source>Course report · {name} · MRN {mrn}</source>
        <translation>Отчёт о курсе · {name} · № карты {mrn}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="27"/>
        <source>blinadesk, as of {moment} (ward time); born {born} ({age} y), CD19 {cd19}, Ph {ph}; {courses}</source>
        <translation>blinadesk, по состоянию на {moment} (время отделения); дата рождения {born} (возраст {age}), CD19 {cd19}, Ph {ph}; {courses}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="29"/>
        <source>Printed from the clinical record. The label guidance shown is guidance only: the physician decides.</source>
        <translation>Распечатано из медицинской карты. Рекомендации инструкции приведены для справки: решение принимает врач.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="31"/>
        <source>{heading} (continued)</source>
        <translation>{heading} (продолжение)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="32"/>
        <source>none recorded</source>
        <translation>записей нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="33"/>
        <source>page {number} of {total}</source>
        <translation>страница {number} из {total}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="35"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="36"/>
        <source>{name}, MRN {mrn}, born {born}, sex {sex}</source>
        <translation>{name}, № карты {mrn}, дата рождения {born}, пол {sex}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="37"/>
        <source>CD19 {cd19}, Ph {ph}, prior HSCT {prior_hsct}, marrow blasts at start {blasts} %</source>
        <translation>CD19 {cd19}, Ph {ph}, ТГСК в анамнезе: {prior_hsct}, бласты в костном мозге до начала лечения {blasts} %</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="39"/>
        <source>Latest weight {weight} kg, height {height} cm on {day}</source>
        <translation>Последнее измерение: масса тела {weight} кг, рост {height} см, дата {day}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="40"/>
        <source>No weight recorded</source>
        <translation>Масса тела не записана</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="41"/>
        <source>Diagnosis: {notes}</source>
        <translation>Диагноз: {notes}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="43"/>
        <source>Schedule: cycles planned and given</source>
        <translation>Схема: циклы запланированные и проведённые</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="44"/>
        <source>course</source>
        <translation>курс</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="45"/>
        <location filename="../../blinadesk/gui/report_words.py" line="132"/>
        <source>cycle</source>
        <translation>цикл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="46"/>
        <source>phase</source>
        <translation>фаза</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="47"/>
        <source>planned start</source>
        <translation>начало по плану</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="48"/>
        <source>started</source>
        <translation>начат</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="49"/>
        <source>infusion end (planned)</source>
        <translation>конец инфузии (по плану)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="50"/>
        <source>next start from</source>
        <translation>следующий цикл с</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="51"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="52"/>
        <source>#{id} {indication} ({edition})</source>
        <translation>№{id} {indication} ({edition})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="53"/>
        <source>C{number}</source>
        <translation>Ц{number}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="55"/>
        <source>Doses given and planned</source>
        <translation>Дозы: введённые и запланированные</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="56"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="57"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="58"/>
        <source>mcg/day</source>
        <translation>мкг/сут</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="59"/>
        <source>mcg/m²/day</source>
        <translation>мкг/м²/сут</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="60"/>
        <source>why</source>
        <translation>основание</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="61"/>
        <source>cycle start</source>
        <translation>начало цикла</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="62"/>
        <source>dose change</source>
        <translation>изменение дозы</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="64"/>
        <source>Interruptions</source>
        <translation>Перерывы инфузии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="65"/>
        <source>hours</source>
        <translation>часов</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="66"/>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="67"/>
        <source>verdict</source>
        <translation>заключение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="68"/>
        <source>same cycle</source>
        <translation>тот же цикл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="69"/>
        <source>new cycle</source>
        <translation>новый цикл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="70"/>
        <source>open</source>
        <translation>продолжается</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="72"/>
        <source>Premedication given</source>
        <translation>Проведённая премедикация</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="73"/>
        <source>given</source>
        <translation>введено</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="74"/>
        <source>drug</source>
        <translation>препарат</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="75"/>
        <source>dose mg</source>
        <translation>доза, мг</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="76"/>
        <source>route</source>
        <translation>путь введения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="77"/>
        <source>by</source>
        <translation>кто</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="79"/>
        <source>Toxicities: adverse events with the guidance shown</source>
        <translation>Токсичность: нежелательные явления и показанные рекомендации</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="80"/>
        <source>onset</source>
        <translation>начало</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="81"/>
        <source>resolved</source>
        <translation>разрешилось</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="82"/>
        <source>term</source>
        <translation>термин</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="83"/>
        <source>grade</source>
        <translation>степень</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="84"/>
        <source>scale</source>
        <translation>шкала</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="85"/>
        <source>action</source>
        <translation>действие</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="86"/>
        <source>label guidance (source)</source>
        <translation>рекомендации инструкции (источник)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="87"/>
        <source>{text} ({source})</source>
        <translation>{text} ({source})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="88"/>
        <source>{text} ({source}, provisional)</source>
        <translation>{text} ({source}, предварительно)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="89"/>
        <source>Toxicities: worst grades from the daily observations</source>
        <translation>Токсичность: максимальные степени по ежедневным наблюдениям</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="90"/>
        <source>observations</source>
        <translation>наблюдений</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="91"/>
        <source>max °C</source>
        <translation>макс. °C</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="92"/>
        <source>fever grade</source>
        <translation>степень лихорадки</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="93"/>
        <source>CRS grade</source>
        <translation>степень CRS</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="94"/>
        <source>ICANS grade</source>
        <translation>степень ICANS</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="95"/>
        <source>seizures</source>
        <translation>судороги</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="96"/>
        <source>outside a cycle</source>
        <translation>вне цикла</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="98"/>
        <source>Marrow results</source>
        <translation>Результаты исследования костного мозга</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="99"/>
        <source>sampled</source>
        <translation>дата забора</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="100"/>
        <source>blasts %</source>
        <translation>бласты %</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="101"/>
        <source>method</source>
        <translation>метод</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="102"/>
        <source>ANC/µL</source>
        <translation>АЧН/мкл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="103"/>
        <source>platelets/µL</source>
        <translation>тромбоциты/мкл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="104"/>
        <source>response</source>
        <translation>ответ</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="105"/>
        <source>MRD status</source>
        <translation>статус MRD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="106"/>
        <source>not detected</source>
        <translation>не выявлена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="107"/>
        <source>MRD negative below {threshold} ({scale}).</source>
        <translation>MRD считается отрицательной ниже {threshold} ({scale}).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="109"/>
        <source>Transplants and outcomes</source>
        <translation>Трансплантации и исходы</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="110"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="111"/>
        <source>what</source>
        <translation>событие</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="112"/>
        <source>donor / CD19</source>
        <translation>донор / CD19</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="113"/>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="114"/>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="115"/>
        <source>when</source>
        <translation>когда</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="117"/>
        <source>Audit of corrections</source>
        <translation>Аудит исправлений</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="118"/>
        <source>who</source>
        <translation>кто</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="119"/>
        <source>entry</source>
        <translation>запись</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="120"/>
        <source>changes (before → after)</source>
        <translation>изменения (было → стало)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="121"/>
        <source>{entry} #{id}</source>
        <translation>{entry} №{id}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="122"/>
        <source>Every correction keeps the earlier value in the audit trail; entries marked entered in error and planned dose periods not given (superseded) are left out of the tables above.</source>
        <translation>Каждое исправление сохраняет прежнее значение в журнале аудита; записи, отмеченные как ошибочные, и запланированные периоды дозирования, которые не были введены (заменены), в таблицы выше не включены.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="129"/>
        <source>patient</source>
        <translation>пациент</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="130"/>
        <source>weight and height</source>
        <translation>масса тела и рост</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="131"/>
        <source>treatment course</source>
        <translation>курс лечения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="133"/>
        <source>dose period</source>
        <translation>период дозирования</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="134"/>
        <source>infusion bag</source>
        <translation>инфузионный пакет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="135"/>
        <source>interruption</source>
        <translation>перерыв инфузии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="136"/>
        <source>premedication</source>
        <translation>премедикация</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="137"/>
        <source>daily observation</source>
        <translation>ежедневное наблюдение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="138"/>
        <source>adverse event</source>
        <translation>нежелательное явление</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="139"/>
        <source>marrow result</source>
        <translation>миелограмма</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="140"/>
        <source>transplant</source>
        <translation>трансплантация</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="141"/>
        <source>outcome</source>
        <translation>исход</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/report_words.py" line="142"/>
        <source>decision</source>
        <translation>решение</translation>
    </message>
</context>
<context>
    <name>ReviewWidget</name>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="401"/>
        <source>Save timeline as:</source>
        <translation>Сохранить хронологию:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="402"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="403"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="404"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="405"/>
        <source>The whole course on one A4 page, as a picture (PNG)</source>
        <translation>Весь курс на одной странице A4, изображение (PNG)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="406"/>
        <source>The whole course on one A4 page, as a drawing (SVG)</source>
        <translation>Весь курс на одной странице A4, векторный рисунок (SVG)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="407"/>
        <source>The whole course on one A4 page (PDF)</source>
        <translation>Весь курс на одной странице A4 (PDF)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="408"/>
        <source>Course report (PDF)…</source>
        <translation>Отчёт о курсе (PDF)…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="410"/>
        <source>Timeline, schedule, doses, toxicities with the guidance shown, marrow results, decisions and the audit of corrections, as an A4 PDF</source>
        <translation>Хронология, график введения, дозы, токсичность с показанными рекомендациями, миелограммы, решения и журнал исправлений — PDF формата A4</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="412"/>
        <source>Show the whole course</source>
        <translation>Показать весь курс</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="412"/>
        <source>Previous view</source>
        <translation>Предыдущий вид</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="413"/>
        <source>Next view</source>
        <translation>Следующий вид</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="413"/>
        <source>Pan: drag with the left button, zoom with the right</source>
        <translation>Сдвиг: перетаскивание левой кнопкой, масштаб — правой</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="414"/>
        <source>Zoom: drag a rectangle around the days to see</source>
        <translation>Масштаб: выделите рамкой нужные дни</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="419"/>
        <source>Label guidance for the latest adverse events</source>
        <translation>Рекомендации инструкции: последние НЯ</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="420"/>
        <source>Guidance only: the physician decides.</source>
        <translation>Только рекомендации: решение принимает врач.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="421"/>
        <source>Record decision…</source>
        <translation>Записать решение…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="422"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="423"/>
        <source>&amp;Why:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="424"/>
        <source>Record decision</source>
        <translation>Записать решение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="425"/>
        <source>What was decided, e.g. restart at 9 mcg/day</source>
        <translation>Что решено, напр. возобновить с 9 мкг/сут</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="426"/>
        <source>Required: the reason, as it should read in the record</source>
        <translation>Обязательно: обоснование, как оно будет записано в карте</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="431"/>
        <source>Continue at the current dose</source>
        <translation>Продолжить в текущей дозе</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="431"/>
        <source>Interrupt; restart at the lower dose</source>
        <translation>Прервать; возобновить в меньшей дозе</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="432"/>
        <source>Withhold until grade 1 or less</source>
        <translation>Приостановить до степени 1 или ниже</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="432"/>
        <source>Discontinue permanently</source>
        <translation>Отменить окончательно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="433"/>
        <source>Start the next cycle as planned</source>
        <translation>Начать следующий цикл по плану</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="433"/>
        <source>Postpone the next cycle</source>
        <translation>Отложить следующий цикл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="434"/>
        <source>Proceed to transplant</source>
        <translation>Направить на ТГСК</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="443"/>
        <location filename="../../blinadesk/gui/windows/review.py" line="465"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="486"/>
        <source>The review could not be loaded: {problem}</source>
        <translation>Не удалось загрузить обзор: {problem}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="491"/>
        <source>{name} · MRN {mrn}</source>
        <translation>{name} · № карты {mrn}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="494"/>
        <source>As of {moment} (ward time)</source>
        <translation>На {moment} (время отделения)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="501"/>
        <source>No course planned: the decision is recorded for the patient.</source>
        <translation>Курс не запланирован: решение будет записано для пациента.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="504"/>
        <source>Recorded for course #{id}: {indication}, label edition {edition} ({status}).</source>
        <translation>Запись для курса №{id}: {indication}, редакция инструкции {edition} ({status}).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="534"/>
        <source>No adverse events recorded.</source>
        <translation>Нежелательные явления не записаны.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="537"/>
        <source>{term} — grade {grade} (CTCAE {version})</source>
        <translation>{term} — степень {grade} (CTCAE {version})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="539"/>
        <source>onset {day}</source>
        <translation>начало {day}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="540"/>
        <source>resolved {day}</source>
        <translation>разрешилось {day}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="541"/>
        <source>not resolved</source>
        <translation>не разрешилось</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="543"/>
        <source>action taken: {action}</source>
        <translation>принятые меры: {action}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="547"/>
        <source>No guidance: {problem}</source>
        <translation>Нет рекомендаций: {problem}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="550"/>
        <source>As shown when the event was recorded (with the seizure count of that time).</source>
        <translation>Как было показано при записи явления (с учётом числа судорожных приступов на тот момент).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="553"/>
        <source>The label gives no dose modification for this event.</source>
        <translation>Инструкция не предусматривает изменения дозы при этом явлении.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="559"/>
        <source>{count} earlier adverse event(s): see the chart.</source>
        <translation>Более ранних нежелательных явлений: {count} — см. карту пациента.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="561"/>
        <source>Decisions recorded</source>
        <translation>Записанные решения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="563"/>
        <source>None yet.</source>
        <translation>Пока нет.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="565"/>
        <source>{moment} by {user}</source>
        <translation>{moment}, {user}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="570"/>
        <source>interrupt the infusion</source>
        <translation>прервать инфузию</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="570"/>
        <source>withhold</source>
        <translation>приостановить введение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="571"/>
        <source>discontinue permanently</source>
        <translation>отменить окончательно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="572"/>
        <source>consider discontinuing</source>
        <translation>рассмотреть отмену</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="573"/>
        <source>follow the grade&apos;s guidance</source>
        <translation>действовать по рекомендациям для данной степени</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="579"/>
        <source>Action: {action}</source>
        <translation>Действие: {action}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="581"/>
        <source>PROVISIONAL: not confirmed by a source</source>
        <translation>ПРЕДВАРИТЕЛЬНО: не подтверждено источником</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="584"/>
        <source>Restart with the step-up dose.</source>
        <translation>Возобновлять со ступенчатым повышением дозы.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="586"/>
        <source>The label says to discontinue:</source>
        <translation>Инструкция предписывает отмену:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="588"/>
        <source>label {edition}, rule {rule}</source>
        <translation>инструкция {edition}, правило {rule}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="589"/>
        <source>SOURCE:</source>
        <translation>ИСТОЧНИК:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="601"/>
        <source>Decision: say what was decided</source>
        <translation>Решение: укажите, что решено</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="604"/>
        <source>Why: the reason is required</source>
        <translation>Обоснование: укажите причину решения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="623"/>
        <source>✔ Recorded: “{action}” at {moment}.</source>
        <translation>✔ Записано: «{action}», {moment}.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="636"/>
        <source>Point at a track to read its value; drag with Zoom or Pan to look closer, Home shows the whole course.</source>
        <translation>Наведите курсор на дорожку, чтобы увидеть значение; «Масштаб» и «Сдвиг» — для детального просмотра, «Домой» — весь курс.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="667"/>
        <source>{when}: no dose running</source>
        <translation>{when}: препарат не вводится</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="669"/>
        <source>{when}: dose {dose} mcg/day{why}</source>
        <translation>{when}: доза {dose} мкг/сут{why}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="674"/>
        <source>{when}: no temperature recorded near this time</source>
        <translation>{when}: рядом нет измерений температуры</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="675"/>
        <source>{when}: temperature {value} °C</source>
        <translation>{when}: температура {value} °C</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="682"/>
        <source>{day}: no {which} assessment</source>
        <translation>{day}: оценка {which} не проводилась</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="683"/>
        <source>{day}: worst {which} grade {grade}</source>
        <translation>{day}: {which}, максимальная степень {grade}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="688"/>
        <source>{when}: no neurological event</source>
        <translation>{when}: неврологических явлений нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="689"/>
        <source>, grade {grade}</source>
        <translation>, степень {grade}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="690"/>
        <source>{when}: {term}{grade}</source>
        <translation>{when}: {term}{grade}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="694"/>
        <source>{when}: no marrow result near this day</source>
        <translation>{when}: рядом нет миелограммы</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="696"/>
        <source>{day}: marrow blasts {value} %{status}</source>
        <translation>{day}: бласты в костном мозге {value} %{status}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="701"/>
        <source>{when}: no MRD result near this day</source>
        <translation>{when}: рядом нет результата MRD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="703"/>
        <source>{day}: MRD not detected</source>
        <translation>{day}: MRD не выявлена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="705"/>
        <source>{day}: MRD {value}{status}</source>
        <translation>{day}: MRD {value}{status}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="711"/>
        <source>{day}: outside a cycle</source>
        <translation>{day}: вне цикла</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="713"/>
        <source>interrupted ({reason})</source>
        <translation>прерван ({reason})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="714"/>
        <source>{day}: cycle {number} ({phase}), planned {start} – {end}; {state}</source>
        <translation>{day}: цикл {number} ({phase}), план {start} – {end}; {state}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="720"/>
        <source>{day}: no transplant, relapse, progression or death</source>
        <translation>{day}: нет ТГСК, рецидива, прогрессии или смерти</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="721"/>
        <source>{day}: {what}</source>
        <translation>{day}: {what}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="736"/>
        <source>PNG picture (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="736"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Векторный рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="737"/>
        <location filename="../../blinadesk/gui/windows/review.py" line="745"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="738"/>
        <source>Save the timeline</source>
        <translation>Сохранить хронологию</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="744"/>
        <source>Save the course report</source>
        <translation>Сохранить отчёт о курсе</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="755"/>
        <source>Saving the timeline…</source>
        <translation>Сохранение хронологии…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="765"/>
        <source>Writing the course report…</source>
        <translation>Создание отчёта о курсе…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="772"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="773"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="781"/>
        <source>Cancelling after the current page…</source>
        <translation>Отмена после текущей страницы…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="788"/>
        <source>Writing the course report: page {done} of {total}…</source>
        <translation>Создание отчёта о курсе: страница {done} из {total}…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="812"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="818"/>
        <source>Not saved: {problem}</source>
        <translation>Не сохранено: {problem}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="823"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Экспорт отменён: файл не записан.</translation>
    </message>
</context>
</TS>
