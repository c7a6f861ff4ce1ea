<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BackgroundExport</name>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="177"/>
        <source>Could not write {path}: {problem}</source>
        <translation>Не удалось записать {path}: {problem}</translation>
    </message>
</context>
<context>
    <name>CohortWidget</name>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="326"/>
        <source>Cohort</source>
        <translation>Когорта</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="327"/>
        <source>Indication:</source>
        <translation>Показание:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="328"/>
        <source>Age at first infusion:</source>
        <translation>Возраст на начало первой инфузии:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="329"/>
        <source>First infusion from</source>
        <translation>Первая инфузия с</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="330"/>
        <source>First infusion up to</source>
        <translation>Первая инфузия по</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="331"/>
        <source>&amp;MRN starts with:</source>
        <translation>&amp;Номер карты начинается с:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="332"/>
        <source>e.g. MSK17-</source>
        <translation>напр. MSK17-</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="333"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="334"/>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="336"/>
        <source>any</source>
        <translation>любое</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="336"/>
        <source>children (under 18)</source>
        <translation>дети (до 18 лет)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="337"/>
        <source>adults (18 and over)</source>
        <translation>взрослые (18 лет и старше)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="338"/>
        <source>time on treatment</source>
        <translation>длительности терапии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="338"/>
        <source>best response</source>
        <translation>лучшему ответу</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="339"/>
        <source>&amp;Sort lanes by:</source>
        <translation>&amp;Сортировать строки по:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="340"/>
        <source>Save swimmer plot as:</source>
        <translation>Сохранить swimmer-диаграмму:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="341"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="342"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="343"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="344"/>
        <source>Summary, counted from the record</source>
        <translation>Сводка, подсчитанная по записям</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="345"/>
        <source>Summary as JSON…</source>
        <translation>Сводка в JSON…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="346"/>
        <source>Summary as PDF…</source>
        <translation>Сводка в PDF…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="347"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="351"/>
        <source>Consistency checks</source>
        <translation>Проверка согласованности</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="393"/>
        <source>Counting the cohort…</source>
        <translation>Подсчёт когорты…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="421"/>
        <source>The cohort could not be read: {problem}</source>
        <translation>Не удалось прочитать когорту: {problem}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="452"/>
        <source>{pct} %</source>
        <translation>{pct} %</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="461"/>
        <source>  grade {grade}</source>
        <translation>  степень {grade}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="465"/>
        <source>{median} ({low}–{high})</source>
        <translation>{median} ({low}–{high})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="469"/>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="523"/>
        <source>Patients</source>
        <translation>Пациенты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="470"/>
        <source>Median age, years (range)</source>
        <translation>Медиана возраста, лет (диапазон)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="471"/>
        <source>Baseline marrow blasts</source>
        <translation>Бласты в костном мозге исходно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="472"/>
        <source>  more than 5 %</source>
        <translation>  более 5 %</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="473"/>
        <source>  30 % or more</source>
        <translation>  30 % и более</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="474"/>
        <source>  not recorded</source>
        <translation>  не записано</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="475"/>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="476"/>
        <source>  CR (best)</source>
        <translation>  ПР, CR (лучший ответ)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="477"/>
        <source>  CRh* (best)</source>
        <translation>  CRh* (лучший ответ)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="478"/>
        <source>  MRD-negative remission</source>
        <translation>  MRD-негативная ремиссия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="479"/>
        <source>  responders</source>
        <translation>  ответили на терапию</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="480"/>
        <source>  non-responders</source>
        <translation>  не ответили на терапию</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="481"/>
        <source>  not evaluated</source>
        <translation>  ответ не оценён</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="483"/>
        <source>  response after {cycles} cycle(s)</source>
        <translation>  ответ после циклов: {cycles}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="485"/>
        <source>Transplant and outcomes</source>
        <translation>Трансплантация и исходы</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="486"/>
        <source>  transplanted</source>
        <translation>  выполнена ТГСК</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="487"/>
        <source>    {donor} donor</source>
        <translation>    донор: {donor}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="489"/>
        <source>  progression</source>
        <translation>  прогрессия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="489"/>
        <source>  relapse</source>
        <translation>  рецидив</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="490"/>
        <source>    of them CD19-negative</source>
        <translation>    из них CD19-негативный</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="491"/>
        <source>  deaths</source>
        <translation>  летальные исходы</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="491"/>
        <source>  discontinued</source>
        <translation>  терапия прекращена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="492"/>
        <source>  still on treatment</source>
        <translation>  продолжают терапию</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="493"/>
        <source>Toxicities</source>
        <translation>Токсичность</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="494"/>
        <source>  fever, any grade</source>
        <translation>  лихорадка любой степени</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="495"/>
        <source>  CRS, worst grade</source>
        <translation>  CRS, максимальная степень</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="496"/>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="499"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="498"/>
        <source>  ICANS, worst grade</source>
        <translation>  ICANS, максимальная степень</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="501"/>
        <source>  seizure</source>
        <translation>  судороги</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="501"/>
        <source>  tremor</source>
        <translation>  тремор</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="502"/>
        <source>Response by baseline blast burden</source>
        <translation>Ответ в зависимости от исходной бластной нагрузки</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="503"/>
        <source>Response by baseline CD19</source>
        <translation>Ответ в зависимости от исходного статуса CD19</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="509"/>
        <source>{group}: {responders} responded, {mrd} MRD-negative, {prog} progression, {rel} relapse</source>
        <translation>{group}: ответ — {responders}, MRD-негативны — {mrd}, прогрессия — {prog}, рецидив — {rel}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="516"/>
        <source>blasts ≤5 %</source>
        <translation>бласты ≤5 %</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="516"/>
        <source>blasts &gt;5 to &lt;30 %</source>
        <translation>бласты &gt;5 и &lt;30 %</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="517"/>
        <source>blasts ≥30 %</source>
        <translation>бласты ≥30 %</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="517"/>
        <source>blasts not recorded</source>
        <translation>бласты не записаны</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="518"/>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="519"/>
        <source>MRD-negative remission</source>
        <translation>MRD-негативная ремиссия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="523"/>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="524"/>
        <source>% of cohort</source>
        <translation>% когорты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="529"/>
        <source>Consistency checks: {c} contradiction(s), {g} gap(s)</source>
        <translation>Проверка: противоречий — {c}, пробелов — {g}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="534"/>
        <source>CONTRADICTION: {message}</source>
        <translation>ПРОТИВОРЕЧИЕ: {message}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="537"/>
        <source>Gap: {message}</source>
        <translation>Пробел в данных: {message}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="551"/>
        <source>All counts are consistent with each other.</source>
        <translation>Все показатели согласуются между собой.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="553"/>
        <source>{n} patient(s): {filter}; as of {moment}</source>
        <translation>Пациентов: {n}; {filter}; на {moment}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="571"/>
        <source>PNG picture (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="571"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Векторный рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="572"/>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="579"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="573"/>
        <source>Save the swimmer plot</source>
        <translation>Сохранить swimmer-диаграмму</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="579"/>
        <source>JSON data (*.json)</source>
        <translation>Данные JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="580"/>
        <source>Save the cohort summary</source>
        <translation>Сохранить сводку по когорте</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="596"/>
        <source>Saving the swimmer plot…</source>
        <translation>Сохранение swimmer-диаграммы…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="608"/>
        <source>Saving the summary…</source>
        <translation>Сохранение сводки…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="617"/>
        <source>Writing the summary PDF…</source>
        <translation>Создание PDF со сводкой…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="634"/>
        <source>page %v of %m</source>
        <translation>страница %v из %m</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="647"/>
        <source>Cancelling after the current page…</source>
        <translation>Отмена после текущей страницы…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="660"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="665"/>
        <source>Not saved: {problem}</source>
        <translation>Не сохранено: {problem}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/cohort.py" line="670"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Экспорт отменён: файл не записан.</translation>
    </message>
</context>
<context>
    <name>ReviewWidget</name>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="388"/>
        <source>Save timeline as:</source>
        <translation>Сохранить хронологию:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="389"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="390"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="391"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="392"/>
        <source>The whole course on one A4 page, as a picture (PNG)</source>
        <translation>Весь курс на одной странице A4, изображение (PNG)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="393"/>
        <source>The whole course on one A4 page, as a drawing (SVG)</source>
        <translation>Весь курс на одной странице A4, векторный рисунок (SVG)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="394"/>
        <source>The whole course on one A4 page (PDF)</source>
        <translation>Весь курс на одной странице A4 (PDF)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="395"/>
        <source>Course report (PDF)…</source>
        <translation>Отчёт о курсе (PDF)…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="397"/>
        <source>Timeline, schedule, doses, toxicities with the guidance shown, marrow results, decisions and the audit of corrections, as an A4 PDF</source>
        <translation>Хронология, график введения, дозы, токсичность с показанными рекомендациями, миелограммы, решения и журнал исправлений — PDF формата A4</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="399"/>
        <source>Show the whole course</source>
        <translation>Показать весь курс</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="399"/>
        <source>Previous view</source>
        <translation>Предыдущий вид</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="400"/>
        <source>Next view</source>
        <translation>Следующий вид</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="400"/>
        <source>Pan: drag with the left button, zoom with the right</source>
        <translation>Сдвиг: перетаскивание левой кнопкой, масштаб — правой</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="401"/>
        <source>Zoom: drag a rectangle around the days to see</source>
        <translation>Масштаб: выделите рамкой нужные дни</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="406"/>
        <source>Label guidance for the latest adverse events</source>
        <translation>Рекомендации инструкции: последние НЯ</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="407"/>
        <source>Guidance only: the physician decides.</source>
        <translation>Только рекомендации: решение принимает врач.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="408"/>
        <source>Record decision…</source>
        <translation>Записать решение…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="409"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="410"/>
        <source>&amp;Why:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="411"/>
        <source>Record decision</source>
        <translation>Записать решение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="412"/>
        <source>What was decided, e.g. restart at 9 mcg/day</source>
        <translation>Что решено, напр. возобновить с 9 мкг/сут</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="413"/>
        <source>Required: the reason, as it should read in the record</source>
        <translation>Обязательно: обоснование, как оно будет записано в карте</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="418"/>
        <source>Continue at the current dose</source>
        <translation>Продолжить в текущей дозе</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="418"/>
        <source>Interrupt; restart at the lower dose</source>
        <translation>Прервать; возобновить в меньшей дозе</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="419"/>
        <source>Withhold until grade 1 or less</source>
        <translation>Приостановить до степени 1 или ниже</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="419"/>
        <source>Discontinue permanently</source>
        <translation>Отменить окончательно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="420"/>
        <source>Start the next cycle as planned</source>
        <translation>Начать следующий цикл по плану</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="420"/>
        <source>Postpone the next cycle</source>
        <translation>Отложить следующий цикл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="421"/>
        <source>Proceed to transplant</source>
        <translation>Направить на ТГСК</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="429"/>
        <location filename="../../blinadesk/gui/windows/review.py" line="451"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="472"/>
        <source>The review could not be loaded: {problem}</source>
        <translation>Не удалось загрузить обзор: {problem}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="477"/>
        <source>{name} · MRN {mrn}</source>
        <translation>{name} · № карты {mrn}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="480"/>
        <source>As of {moment} (ward time)</source>
        <translation>На {moment} (время отделения)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="491"/>
        <source>No course planned: the decision is recorded for the patient.</source>
        <translation>Курс не запланирован: решение будет записано для пациента.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="494"/>
        <source>Recorded for course #{id}: {indication}, label edition {edition} ({status}).</source>
        <translation>Запись для курса №{id}: {indication}, редакция инструкции {edition} ({status}).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="504"/>
        <source>No adverse events recorded.</source>
        <translation>Нежелательные явления не записаны.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="507"/>
        <source>{term} — grade {grade} (CTCAE {version})</source>
        <translation>{term} — степень {grade} (CTCAE {version})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="509"/>
        <source>onset {day}</source>
        <translation>начало {day}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="510"/>
        <source>resolved {day}</source>
        <translation>разрешилось {day}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="511"/>
        <source>not resolved</source>
        <translation>не разрешилось</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="513"/>
        <source>action taken: {action}</source>
        <translation>принятые меры: {action}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="517"/>
        <source>No guidance: {problem}</source>
        <translation>Нет рекомендаций: {problem}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="520"/>
        <source>As shown when the event was recorded (with the seizure count of that time).</source>
        <translation>Как было показано при записи явления (с учётом числа судорожных приступов на тот момент).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="523"/>
        <source>The label gives no dose modification for this event.</source>
        <translation>Инструкция не предусматривает изменения дозы при этом явлении.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="529"/>
        <source>{count} earlier adverse event(s): see the chart.</source>
        <translation>Более ранних нежелательных явлений: {count} — см. карту пациента.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="531"/>
        <source>Decisions recorded</source>
        <translation>Записанные решения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="533"/>
        <source>None yet.</source>
        <translation>Пока нет.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="535"/>
        <source>{moment} by {user}</source>
        <translation>{moment}, {user}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="540"/>
        <source>interrupt the infusion</source>
        <translation>прервать инфузию</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="540"/>
        <source>withhold</source>
        <translation>приостановить введение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="541"/>
        <source>discontinue permanently</source>
        <translation>отменить окончательно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="542"/>
        <source>consider discontinuing</source>
        <translation>рассмотреть отмену</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="543"/>
        <source>follow the grade&apos;s guidance</source>
        <translation>действовать по рекомендациям для данной степени</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="549"/>
        <source>Action: {action}</source>
        <translation>Действие: {action}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="551"/>
        <source>PROVISIONAL: not confirmed by a source</source>
        <translation>ПРЕДВАРИТЕЛЬНО: не подтверждено источником</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="554"/>
        <source>Restart with the step-up dose.</source>
        <translation>Возобновлять со ступенчатым повышением дозы.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="556"/>
        <source>The label says to discontinue:</source>
        <translation>Инструкция предписывает отмену:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="558"/>
        <source>label {edition}, rule {rule}</source>
        <translation>инструкция {edition}, правило {rule}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="559"/>
        <source>SOURCE:</source>
        <translation>ИСТОЧНИК:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="571"/>
        <source>Decision: say what was decided</source>
        <translation>Решение: укажите, что решено</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="574"/>
        <source>Why: the reason is required</source>
        <translation>Обоснование: укажите причину решения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="593"/>
        <source>✔ Recorded: “{action}” at {moment}.</source>
        <translation>✔ Записано: «{action}», {moment}.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="606"/>
        <source>Point at a track to read its value; drag with Zoom or Pan to look closer, Home shows the whole course.</source>
        <translation>Наведите курсор на дорожку, чтобы увидеть значение; «Масштаб» и «Сдвиг» — для детального просмотра, «Домой» — весь курс.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="637"/>
        <source>{when}: no dose running</source>
        <translation>{when}: препарат не вводится</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="639"/>
        <source>{when}: dose {dose} mcg/day{why}</source>
        <translation>{when}: доза {dose} мкг/сут{why}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="644"/>
        <source>{when}: no temperature recorded near this time</source>
        <translation>{when}: рядом нет измерений температуры</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="645"/>
        <source>{when}: temperature {value} °C</source>
        <translation>{when}: температура {value} °C</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="652"/>
        <source>{day}: no {which} assessment</source>
        <translation>{day}: оценка {which} не проводилась</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="653"/>
        <source>{day}: worst {which} grade {grade}</source>
        <translation>{day}: {which}, максимальная степень {grade}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="658"/>
        <source>{when}: no neurological event</source>
        <translation>{when}: неврологических явлений нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="659"/>
        <source>, grade {grade}</source>
        <translation>, степень {grade}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="660"/>
        <source>{when}: {term}{grade}</source>
        <translation>{when}: {term}{grade}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="664"/>
        <source>{when}: no marrow result near this day</source>
        <translation>{when}: рядом нет миелограммы</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="666"/>
        <source>{day}: marrow blasts {value} %{status}</source>
        <translation>{day}: бласты в костном мозге {value} %{status}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="671"/>
        <source>{when}: no MRD result near this day</source>
        <translation>{when}: рядом нет результата MRD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="673"/>
        <source>{day}: MRD not detected</source>
        <translation>{day}: MRD не выявлена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="675"/>
        <source>{day}: MRD {value}{status}</source>
        <translation>{day}: MRD {value}{status}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="681"/>
        <source>{day}: outside a cycle</source>
        <translation>{day}: вне цикла</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="683"/>
        <source>interrupted ({reason})</source>
        <translation>прерван ({reason})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="684"/>
        <source>{day}: cycle {number} ({phase}), planned {start} – {end}; {state}</source>
        <translation>{day}: цикл {number} ({phase}), план {start} – {end}; {state}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="690"/>
        <source>{day}: no transplant, relapse, progression or death</source>
        <translation>{day}: нет ТГСК, рецидива, прогрессии или смерти</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="691"/>
        <source>{day}: {what}</source>
        <translation>{day}: {what}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="706"/>
        <source>PNG picture (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="706"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Векторный рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="707"/>
        <location filename="../../blinadesk/gui/windows/review.py" line="715"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="708"/>
        <source>Save the timeline</source>
        <translation>Сохранить хронологию</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="714"/>
        <source>Save the course report</source>
        <translation>Сохранить отчёт о курсе</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="725"/>
        <source>Saving the timeline…</source>
        <translation>Сохранение хронологии…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="734"/>
        <source>Writing the course report…</source>
        <translation>Создание отчёта о курсе…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="741"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="742"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="750"/>
        <source>Cancelling after the current page…</source>
        <translation>Отмена после текущей страницы…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="757"/>
        <source>Writing the course report: page {done} of {total}…</source>
        <translation>Создание отчёта о курсе: страница {done} из {total}…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="781"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="787"/>
        <source>Not saved: {problem}</source>
        <translation>Не сохранено: {problem}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/review.py" line="792"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Экспорт отменён: файл не записан.</translation>
    </message>
</context>
</TS>
