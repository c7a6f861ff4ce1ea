<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdverseEventDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="77"/>
        <source>Choose from the list, e.g. {term}</source>
        <translation>Выберите из списка, например «{term}»</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="80"/>
        <source>1 — mild</source>
        <translation>1 — лёгкая</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="80"/>
        <source>2 — moderate</source>
        <translation>2 — умеренная</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="80"/>
        <source>3 — severe</source>
        <translation>3 — тяжёлая</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="81"/>
        <source>4 — life-threatening</source>
        <translation>4 — угрожающая жизни</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="81"/>
        <source>5 — death</source>
        <translation>5 — смерть</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="91"/>
        <source>infusion interrupted</source>
        <translation>инфузия прервана</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="91"/>
        <source>infusion continued</source>
        <translation>инфузия продолжена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="91"/>
        <source>dose reduced</source>
        <translation>доза снижена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="92"/>
        <source>permanently discontinued</source>
        <translation>отменён окончательно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="92"/>
        <source>treated, no change to infusion</source>
        <translation>лечение без изменения инфузии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="95"/>
        <source>Continue at the current dose</source>
        <translation>Продолжить в текущей дозе</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="95"/>
        <source>Interrupt; restart at the lower dose</source>
        <translation>Прервать; возобновить в сниженной дозе</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="96"/>
        <source>Withhold until grade 1 or less</source>
        <translation>Приостановить до степени 1 и ниже</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="96"/>
        <source>Discontinue permanently</source>
        <translation>Отменить окончательно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="99"/>
        <source>Optional: the decision taken now</source>
        <translation>Необязательно: принятое сейчас решение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="116"/>
        <source>Enter the term and grade to see the label&apos;s guidance.</source>
        <translation>Введите термин и степень, чтобы увидеть рекомендации инструкции.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="134"/>
        <source>Not in the list: saved as typed, with the label&apos;s guidance for other adverse reactions.</source>
        <translation>Нет в списке: сохраняется как введено, рекомендации инструкции — как для прочих нежелательных реакций.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="160"/>
        <source>No guidance yet: {problem}</source>
        <translation>Рекомендаций пока нет: {problem}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="165"/>
        <source>* PROVISIONAL: not confirmed by a source</source>
        <translation>* ПРЕДВАРИТЕЛЬНО: не подтверждено источником</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="166"/>
        <source>The label says to discontinue:</source>
        <translation>Инструкция предписывает отменить препарат:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="173"/>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="185"/>
        <source>Why: say why the decision was taken</source>
        <translation>Обоснование: укажите, почему принято решение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="187"/>
        <source>Decision: say what was decided, or leave Why empty</source>
        <translation>Решение: укажите, что решено, или оставьте обоснование пустым</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.ui" line="6"/>
        <source>Adverse event</source>
        <translation>Нежелательное явление</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.ui" line="16"/>
        <source>&amp;Term (CTCAE)</source>
        <translation>&amp;Термин (CTCAE)</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.ui" line="40"/>
        <source>&amp;Grade</source>
        <translation>&amp;Степень</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.ui" line="53"/>
        <source>CTCAE &amp;version</source>
        <translation>&amp;Версия CTCAE</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.ui" line="74"/>
        <source>&amp;Onset</source>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.ui" line="87"/>
        <source>Re&amp;solved</source>
        <translation>&amp;Разрешилось</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.ui" line="94"/>
        <source>Resolved o&amp;n</source>
        <translation>Дата р&amp;азрешения</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.ui" line="107"/>
        <source>Action &amp;taken</source>
        <translation>&amp;Принятые меры</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.ui" line="128"/>
        <source>Label guidance</source>
        <translation>Рекомендации инструкции</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.ui" line="144"/>
        <source>Guidance only: the physician decides.</source>
        <translation>Только рекомендация: решает врач.</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.ui" line="157"/>
        <source>The physician&apos;s decision</source>
        <translation>Решение врача</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.ui" line="163"/>
        <source>&amp;Decision</source>
        <translation>Р&amp;ешение</translation>
    </message>
    <message>
        <location filename="../../ui/adverse_event_dialog.ui" line="180"/>
        <source>&amp;Why</source>
        <translation>&amp;Обоснование</translation>
    </message>
</context>
<context>
    <name>AdverseEventTableModel</name>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="385"/>
        <source>Onset</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="385"/>
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="385"/>
        <source>Grade</source>
        <translation>Степень</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="385"/>
        <source>CTCAE</source>
        <translation>CTCAE</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="385"/>
        <source>Resolved</source>
        <translation>Разрешилось</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="386"/>
        <source>Action taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="386"/>
        <source>Label guidance shown</source>
        <translation>Показанные рекомендации инструкции</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="397"/>
        <source>Provisional</source>
        <translation>Предварительно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="398"/>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
</context>
<context>
    <name>BagDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/bag.py" line="51"/>
        <source>⚠ NEVER FLUSH THE LINE — {text}</source>
        <translation>⚠ НИКОГДА НЕ ПРОМЫВАЙТЕ ЛИНИЮ — {text}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/bag.py" line="53"/>
        <source>Cycle {number} · label {edition} · pump: {pump}</source>
        <translation>Цикл {number} · инструкция {edition} · помпа: {pump}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/bag.py" line="72"/>
        <source>Rate and volume are entered as the pharmacy wrote them; blinadesk never calculates them.</source>
        <translation>Скорость и объём вводятся так, как указала аптека; blinadesk их никогда не рассчитывает.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/bag.py" line="81"/>
        <source>{hours} h — {rate} mL/h, {diluent}</source>
        <translation>{hours} ч — {rate} мл/ч, {diluent}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/bag.py" line="85"/>
        <source> (preservative: not below {kg} kg)</source>
        <translation> (с консервантом: не ниже {kg} кг)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/bag.py" line="117"/>
        <source>⚠ Not the label&apos;s rate: label {edition} gives {label_rate} mL/h for a {hours} h bag. Check the pump programme with the pharmacy; save only once the pharmacy has confirmed {rate} mL/h.</source>
        <translation>⚠ Скорость не по инструкции: инструкция {edition} даёт {label_rate} мл/ч для пакета на {hours} ч. Сверьте программу помпы с аптекой; сохраняйте только после того, как аптека подтвердит {rate} мл/ч.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/bag.py" line="148"/>
        <source>label: {rate} mL/h</source>
        <translation>по инструкции: {rate} мл/ч</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/bag.py" line="153"/>
        <source>Duration: a {hours} h bag contains preservative ({diluent}) and is not recommended below {limit} kg; this patient weighs {weight} kg. Choose another bag.</source>
        <translation>Длительность: пакет на {hours} ч содержит консервант ({diluent}) и не рекомендуется при массе ниже {limit} кг; масса пациента {weight} кг. Выберите другой пакет.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/bag.py" line="159"/>
        <source>* The {hours} h bag&apos;s label facts are provisional: {source}</source>
        <translation>* Данные инструкции для пакета на {hours} ч предварительные: {source}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/bag.py" line="169"/>
        <source>Duration: choose the bag&apos;s duration</source>
        <translation>Длительность: выберите длительность пакета</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/bag.py" line="170"/>
        <source>Rate</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/bag.py" line="171"/>
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/bag.py" line="173"/>
        <source>Rate: type the rate from the pharmacy label</source>
        <translation>Скорость: введите скорость с этикетки аптеки</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/bag.py" line="175"/>
        <source>Volume: type the volume from the pharmacy label</source>
        <translation>Объём: введите объём с этикетки аптеки</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/bag.py" line="180"/>
        <source>Confirmation: tick it once the pharmacy has confirmed {rate} mL/h, or correct the rate</source>
        <translation>Подтверждение: отметьте, когда аптека подтвердит {rate} мл/ч, или исправьте скорость</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/bag.py" line="198"/>
        <source>Saved. Please check:</source>
        <translation>Сохранено. Проверьте:</translation>
    </message>
    <message>
        <location filename="../../ui/bag_dialog.ui" line="6"/>
        <source>Record an infusion bag</source>
        <translation>Записать инфузионный пакет</translation>
    </message>
    <message>
        <location filename="../../ui/bag_dialog.ui" line="34"/>
        <source>Bag &amp;duration</source>
        <translation>&amp;Длительность пакета</translation>
    </message>
    <message>
        <location filename="../../ui/bag_dialog.ui" line="47"/>
        <source>&amp;Rate (mL/h), as on the pharmacy label</source>
        <translation>&amp;Скорость (мл/ч), как на этикетке аптеки</translation>
    </message>
    <message>
        <location filename="../../ui/bag_dialog.ui" line="73"/>
        <source>The pharmacy &amp;confirmed this rate</source>
        <translation>Аптека &amp;подтвердила эту скорость</translation>
    </message>
    <message>
        <location filename="../../ui/bag_dialog.ui" line="83"/>
        <source>&amp;Volume (mL), as on the pharmacy label</source>
        <translation>&amp;Объём (мл), как на этикетке аптеки</translation>
    </message>
    <message>
        <location filename="../../ui/bag_dialog.ui" line="96"/>
        <source>&amp;Lot</source>
        <translation>&amp;Серия</translation>
    </message>
    <message>
        <location filename="../../ui/bag_dialog.ui" line="109"/>
        <source>The bag is &amp;hung now</source>
        <translation>Пакет &amp;подключён сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/bag_dialog.ui" line="116"/>
        <source>Hung &amp;at</source>
        <translation>Подключён &amp;в</translation>
    </message>
</context>
<context>
    <name>BagTableModel</name>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="435"/>
        <source>Hung at</source>
        <translation>Подключён</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="435"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="435"/>
        <source>Rate mL/h</source>
        <translation>Скорость мл/ч</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="435"/>
        <source>Volume mL</source>
        <translation>Объём мл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="435"/>
        <source>Lot</source>
        <translation>Серия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="436"/>
        <source>Change due</source>
        <translation>Замена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="436"/>
        <source>Removed at</source>
        <translation>Снят</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="436"/>
        <source>Pharmacy entry by</source>
        <translation>Внесено аптекой</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="439"/>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
    </message>
</context>
<context>
    <name>ChartModels</name>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="165"/>
        <source>G{grade}</source>
        <translation>С{grade}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="170"/>
        <source>Not graded: not enough values were entered.</source>
        <translation>Степень не определена: введено недостаточно данных.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="171"/>
        <source>Grade {grade} by {scale}: {reason}</source>
        <translation>Степень {grade} по {scale}: {reason}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="174"/>
        <source>* Provisional: a rule behind this grade is not confirmed by a source.</source>
        <translation>* Предварительно: правило, на котором основана степень, не подтверждено источником.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="257"/>
        <source>Entered in error: {reason}</source>
        <translation>Внесено ошибочно: {reason}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="615"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="615"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ClinicalDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/clinical_form.py" line="174"/>
        <source>{field}: type a whole number</source>
        <translation>{field}: введите целое число</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/clinical_form.py" line="174"/>
        <source>{field}: type a number</source>
        <translation>{field}: введите число</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/history.py" line="120"/>
        <source>Save correction</source>
        <translation>Сохранить исправление</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/history.py" line="174"/>
        <source>{field}: type a number</source>
        <translation>{field}: введите число</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="6"/>
        <source>Correct an entry</source>
        <translation>Исправить запись</translation>
    </message>
    <message>
        <location filename="../../ui/correction_dialog.ui" line="29"/>
        <source>&amp;Why is it corrected? (required)</source>
        <translation>&amp;Почему исправлено? (обязательно)</translation>
    </message>
</context>
<context>
    <name>CourseCalendar</name>
    <message>
        <location filename="../../blinadesk/gui/widgets/course_calendar.py" line="126"/>
        <source>{cycle}, treatment-free day {day}: {date}</source>
        <translation>{cycle}, день без лечения {day}: {date}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/course_calendar.py" line="128"/>
        <source>{cycle}, day {day}: {date}</source>
        <translation>{cycle}, день {day}: {date}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/course_calendar.py" line="133"/>
        <source>infusion ends {time}</source>
        <translation>инфузия заканчивается в {time}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/course_calendar.py" line="135"/>
        <source>Dose: {dose} mcg/day</source>
        <translation>Доза: {dose} мкг/сут</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/course_calendar.py" line="137"/>
        <source>Hospital day (label)</source>
        <translation>День госпитализации (по инструкции)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/course_calendar.py" line="139"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/course_calendar.py" line="172"/>
        <source>No course planned yet.</source>
        <translation>Курс ещё не запланирован.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/course_calendar.py" line="241"/>
        <source>infusing</source>
        <translation>инфузия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/course_calendar.py" line="242"/>
        <source>infusion ends</source>
        <translation>конец инфузии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/course_calendar.py" line="243"/>
        <source>interrupted</source>
        <translation>прервана</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/course_calendar.py" line="244"/>
        <source>treatment-free</source>
        <translation>перерыв</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/course_calendar.py" line="245"/>
        <source>planned</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/course_calendar.py" line="246"/>
        <source>hospital day</source>
        <translation>день в стационаре</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/course_calendar.py" line="267"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
</context>
<context>
    <name>CtcaeTerms</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="26"/>
        <source>Cytokine release syndrome</source>
        <translation>Синдром высвобождения цитокинов</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="27"/>
        <source>Seizure</source>
        <translation>Судороги</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="28"/>
        <source>Encephalopathy</source>
        <translation>Энцефалопатия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="29"/>
        <source>Aphasia</source>
        <translation>Афазия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="30"/>
        <source>Dysphasia</source>
        <translation>Дисфазия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="31"/>
        <source>Tremor</source>
        <translation>Тремор</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="32"/>
        <source>Somnolence</source>
        <translation>Сонливость</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="33"/>
        <source>Confusion</source>
        <translation>Спутанность сознания</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="34"/>
        <source>Depressed level of consciousness</source>
        <translation>Угнетение сознания</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="35"/>
        <source>Ataxia</source>
        <translation>Атаксия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="36"/>
        <source>Dizziness</source>
        <translation>Головокружение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="37"/>
        <source>Headache</source>
        <translation>Головная боль</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="38"/>
        <source>Immune effector cell-associated neurotoxicity syndrome</source>
        <translation>Синдром нейротоксичности, связанный с иммунными эффекторными клетками</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="39"/>
        <source>Pancreatitis</source>
        <translation>Панкреатит</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="40"/>
        <source>Alanine aminotransferase increased</source>
        <translation>Повышение активности АЛТ</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="41"/>
        <source>Aspartate aminotransferase increased</source>
        <translation>Повышение активности АСТ</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="42"/>
        <source>Blood bilirubin increased</source>
        <translation>Повышение билирубина в крови</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="43"/>
        <source>Neutrophil count decreased</source>
        <translation>Снижение числа нейтрофилов</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="44"/>
        <source>Febrile neutropenia</source>
        <translation>Фебрильная нейтропения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/adverse_event.py" line="45"/>
        <source>Infection</source>
        <translation>Инфекция</translation>
    </message>
</context>
<context>
    <name>DecisionTableModel</name>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="411"/>
        <source>Decided at</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="411"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="411"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="411"/>
        <source>Why</source>
        <translation>Обоснование</translation>
    </message>
</context>
<context>
    <name>EnteredInErrorDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/history.py" line="254"/>
        <location filename="../../ui/entered_in_error_dialog.ui" line="6"/>
        <source>Mark entered in error</source>
        <translation>Отметить как ошибочную</translation>
    </message>
    <message>
        <location filename="../../ui/entered_in_error_dialog.ui" line="22"/>
        <source>The entry disappears from every screen and calculation but stays in the record and its history.</source>
        <translation>Запись исчезнет со всех экранов и из расчётов, но останется в карте и её истории.</translation>
    </message>
    <message>
        <location filename="../../ui/entered_in_error_dialog.ui" line="34"/>
        <source>&amp;Why was it entered in error? (required)</source>
        <translation>&amp;Почему запись ошибочна? (обязательно)</translation>
    </message>
</context>
<context>
    <name>GradeBadge</name>
    <message>
        <location filename="../../blinadesk/gui/widgets/grade_badge.py" line="47"/>
        <source>Not graded</source>
        <translation>Степень не определена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/grade_badge.py" line="53"/>
        <source>No {what}</source>
        <translation>{what}: нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/grade_badge.py" line="53"/>
        <source>Grade {grade}</source>
        <translation>Степень {grade}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/grade_badge.py" line="60"/>
        <source>* provisional rule, not confirmed by a source</source>
        <translation>* предварительное правило, не подтверждено источником</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.ui" line="14"/>
        <source>History of the entry</source>
        <translation>История записи</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="526"/>
        <source>Actual start</source>
        <translation>Фактическое начало</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="527"/>
        <source>Actual end</source>
        <translation>Фактическое окончание</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="528"/>
        <source>Antipyretics or anticytokine</source>
        <translation>Жаропонижающие или антицитокиновая терапия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="529"/>
        <source>Assessment answers</source>
        <translation>Ответы оценки</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="530"/>
        <source>Assessment score</source>
        <translation>Балл оценки</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="531"/>
        <source>Created at</source>
        <translation>Время создания</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="532"/>
        <source>Created by</source>
        <translation>Кто создал</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="533"/>
        <source>CRS grade</source>
        <translation>Степень CRS</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="534"/>
        <source>CRS grade reason</source>
        <translation>Обоснование степени CRS</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="535"/>
        <source>CRS scale</source>
        <translation>Шкала CRS</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="536"/>
        <source>Decided by</source>
        <translation>Кто принял решение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="537"/>
        <source>Dosing mode</source>
        <translation>Режим дозирования</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="538"/>
        <source>Why entered in error</source>
        <translation>Почему запись ошибочна</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="539"/>
        <source>Fever duration, h</source>
        <translation>Длительность лихорадки, ч</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="540"/>
        <source>Fever grade</source>
        <translation>Степень лихорадки</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="541"/>
        <source>Fever grade reason</source>
        <translation>Обоснование степени лихорадки</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="542"/>
        <source>Fever scale</source>
        <translation>Шкала лихорадки</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="543"/>
        <source>Label guidance shown</source>
        <translation>Показанные рекомендации инструкции</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="544"/>
        <source>Planned hospital days</source>
        <translation>Плановые дни в стационаре</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="545"/>
        <source>Hypotension</source>
        <translation>Гипотензия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="546"/>
        <source>ICANS grade</source>
        <translation>Степень ICANS</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="547"/>
        <source>ICANS grade reason</source>
        <translation>Обоснование степени ICANS</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="548"/>
        <source>ICANS scale</source>
        <translation>Шкала ICANS</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="549"/>
        <source>Planned end of infusion</source>
        <translation>Плановое окончание инфузии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="550"/>
        <source>M status</source>
        <translation>M-статус</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="551"/>
        <source>MRD status</source>
        <translation>Статус MRD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="552"/>
        <source>Next cycle not before</source>
        <translation>Следующий цикл не ранее</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="553"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="554"/>
        <source>Entered by (pharmacy)</source>
        <translation>Кто ввёл (аптека)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="555"/>
        <source>Phase</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="556"/>
        <source>Planned by</source>
        <translation>Кто запланировал</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="557"/>
        <source>Planned start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="558"/>
        <source>BSA for the plan, m²</source>
        <translation>ППТ для плана, м²</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="559"/>
        <source>Height for the plan, cm</source>
        <translation>Рост для плана, см</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="560"/>
        <source>Weight for the plan, kg</source>
        <translation>Вес для плана, кг</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="561"/>
        <source>Dose, mcg/day</source>
        <translation>Доза, мкг/сут</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="562"/>
        <source>Dose, mcg/m²/day</source>
        <translation>Доза, мкг/м²/сут</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="563"/>
        <source>Record status</source>
        <translation>Статус записи</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="564"/>
        <source>Recorded by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="565"/>
        <source>Response scale</source>
        <translation>Шкала ответа</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="566"/>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="567"/>
        <source>Restart verdict</source>
        <translation>Заключение о возобновлении</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="569"/>
        <source>could not be assessed</source>
        <translation>оценить невозможно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="570"/>
        <source>CAPD chosen</source>
        <translation>выбрана CAPD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="571"/>
        <source>CAPD answers</source>
        <translation>ответы CAPD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="572"/>
        <source>ICANS grade provisional</source>
        <translation>степень ICANS предварительная</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="593"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="593"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="593"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="593"/>
        <source>Old → new</source>
        <translation>Было → стало</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="593"/>
        <source>Why</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="649"/>
        <source>interruption of {hours} h: no further cycle is allowed</source>
        <translation>перерыв {hours} ч: следующий цикл не допускается</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="651"/>
        <source>interruption of {hours} h: cycle {cycle} continues</source>
        <translation>перерыв {hours} ч: цикл {cycle} продолжается</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="654"/>
        <source>interruption of {hours} h: a new cycle starts at the restart</source>
        <translation>перерыв {hours} ч: с возобновления начинается новый цикл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="656"/>
        <source>infusion ends {moment}</source>
        <translation>окончание инфузии {moment}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="658"/>
        <source>{dose} mcg/day from {start} to {end} ({why})</source>
        <translation>{dose} мкг/сут с {start} до {end} ({why})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="664"/>
        <source>supervision or hospitalisation recommended</source>
        <translation>рекомендовано наблюдение медработника или госпитализация</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="692"/>
        <source>first entry</source>
        <translation>первичная запись</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="714"/>
        <source>infusion interrupted at {0}: {1}</source>
        <translation>инфузия прервана {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="715"/>
        <source>infusion restarted at {0}</source>
        <translation>инфузия возобновлена {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="716"/>
        <source>bag removed at {0}</source>
        <translation>пакет отключён {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="718"/>
        <source>cycle {0}: {1}</source>
        <translation>цикл {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="719"/>
        <source>user deactivated: {0}</source>
        <translation>пользователь деактивирован: {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="720"/>
        <source>unlocked: {0}</source>
        <translation>разблокирован: {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="721"/>
        <source>password changed</source>
        <translation>пароль изменён</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="722"/>
        <source>password reset by {0}</source>
        <translation>пароль сброшен пользователем {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="723"/>
        <source>import from {0}</source>
        <translation>импорт из {0}</translation>
    </message>
</context>
<context>
    <name>InterruptDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="35"/>
        <source>Cycle {number}, running since {since}.</source>
        <translation>Цикл {number}, идёт с {since}.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="40"/>
        <source>Adverse event</source>
        <translation>Нежелательное явление</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="40"/>
        <source>Line or catheter problem</source>
        <translation>Проблема с линией или катетером</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="40"/>
        <source>Pump alarm or fault</source>
        <translation>Тревога или сбой помпы</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="41"/>
        <source>Procedure or transfer</source>
        <translation>Процедура или перевод</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="41"/>
        <source>Bag not available</source>
        <translation>Нет пакета</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="44"/>
        <source>Why was the infusion stopped?</source>
        <translation>Почему инфузия остановлена?</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="46"/>
        <source>The running dose period ends at this time. Record the restart when the infusion runs again: the label&apos;s verdict (same or new cycle, premedication) is shown then.</source>
        <translation>Текущий период дозирования заканчивается в это время. Запишите возобновление, когда инфузия снова пойдёт: тогда будет показано заключение по инструкции (тот же или новый цикл, премедикация).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="50"/>
        <source>Interrupt infusion</source>
        <translation>Прервать инфузию</translation>
    </message>
    <message>
        <location filename="../../ui/interrupt_dialog.ui" line="6"/>
        <source>Interrupt the infusion</source>
        <translation>Прервать инфузию</translation>
    </message>
    <message>
        <location filename="../../ui/interrupt_dialog.ui" line="24"/>
        <source>Infusion &amp;stopped at</source>
        <translation>Инфузия &amp;остановлена в</translation>
    </message>
    <message>
        <location filename="../../ui/interrupt_dialog.ui" line="37"/>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
</context>
<context>
    <name>InterruptionTableModel</name>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="447"/>
        <source>Stopped at</source>
        <translation>Остановлена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="447"/>
        <source>Restarted at</source>
        <translation>Возобновлена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="447"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="447"/>
        <source>Verdict at restart</source>
        <translation>Заключение при возобновлении</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="452"/>
        <source>same cycle {cycle}</source>
        <translation>тот же цикл {cycle}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="452"/>
        <source>new cycle {cycle}</source>
        <translation>новый цикл {cycle}</translation>
    </message>
</context>
<context>
    <name>MarrowDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/marrow.py" line="34"/>
        <source>e.g. 0,01 for 10⁻⁴</source>
        <translation>например 0,01 для 10⁻⁴</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/marrow.py" line="55"/>
        <source>Marrow blasts</source>
        <translation>Бласты КМ</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/marrow.py" line="56"/>
        <source>MRD</source>
        <translation>MRD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/marrow.py" line="57"/>
        <source>ANC</source>
        <translation>АЧН</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/marrow.py" line="58"/>
        <source>Platelets</source>
        <translation>Тромбоциты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/marrow.py" line="80"/>
        <source>Not derived yet:</source>
        <translation>Пока не определено:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/marrow.py" line="86"/>
        <source>Marrow {m}</source>
        <translation>Костный мозг {m}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/marrow.py" line="88"/>
        <source>MRD {status}</source>
        <translation>MRD {status}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/marrow.py" line="90"/>
        <source>response needs blasts, ANC and platelets.</source>
        <translation>для ответа нужны бласты, АЧН и тромбоциты.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/marrow.py" line="93"/>
        <source>, MRD {status}</source>
        <translation>, MRD {status}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/marrow.py" line="94"/>
        <source>&lt;b&gt;{status}&lt;/b&gt; (marrow {m}{mrd}) — {scale}</source>
        <translation>&lt;b&gt;{status}&lt;/b&gt; (костный мозг {m}{mrd}) — {scale}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/marrow.py" line="98"/>
        <source>* Provisional: this response category rests on thresholds not confirmed by a source.</source>
        <translation>* Предварительно: эта категория ответа основана на порогах, не подтверждённых источником.</translation>
    </message>
    <message>
        <location filename="../../ui/marrow_dialog.ui" line="6"/>
        <source>Marrow result</source>
        <translation>Результат миелограммы</translation>
    </message>
    <message>
        <location filename="../../ui/marrow_dialog.ui" line="14"/>
        <source>&amp;Sampled on</source>
        <translation>&amp;Дата забора</translation>
    </message>
    <message>
        <location filename="../../ui/marrow_dialog.ui" line="27"/>
        <source>Marrow &amp;blasts (%)</source>
        <translation>&amp;Бласты КМ (%)</translation>
    </message>
    <message>
        <location filename="../../ui/marrow_dialog.ui" line="40"/>
        <source>&amp;MRD (%)</source>
        <translation>&amp;MRD (%)</translation>
    </message>
    <message>
        <location filename="../../ui/marrow_dialog.ui" line="67"/>
        <source>MRD me&amp;thod</source>
        <translation>Мет&amp;од MRD</translation>
    </message>
    <message>
        <location filename="../../ui/marrow_dialog.ui" line="80"/>
        <source>CD&amp;19</source>
        <translation>CD&amp;19</translation>
    </message>
    <message>
        <location filename="../../ui/marrow_dialog.ui" line="93"/>
        <source>&amp;ANC (/µL)</source>
        <translation>&amp;АЧН (/мкл)</translation>
    </message>
    <message>
        <location filename="../../ui/marrow_dialog.ui" line="106"/>
        <source>&amp;Platelets (/µL)</source>
        <translation>&amp;Тромбоциты (/мкл)</translation>
    </message>
    <message>
        <location filename="../../ui/marrow_dialog.ui" line="119"/>
        <source>&amp;Extramedullary disease</source>
        <translation>&amp;Экстрамедуллярное поражение</translation>
    </message>
    <message>
        <location filename="../../ui/marrow_dialog.ui" line="128"/>
        <source>Response (derived)</source>
        <translation>Ответ (рассчитан)</translation>
    </message>
</context>
<context>
    <name>MarrowTableModel</name>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="361"/>
        <source>Sampled on</source>
        <translation>Дата забора</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="361"/>
        <source>Blasts %</source>
        <translation>Бласты %</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="361"/>
        <source>M status</source>
        <translation>M-статус</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="361"/>
        <source>MRD</source>
        <translation>MRD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="362"/>
        <source>MRD method</source>
        <translation>Метод MRD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="362"/>
        <source>MRD status</source>
        <translation>Статус MRD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="362"/>
        <source>CD19</source>
        <translation>CD19</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="362"/>
        <source>ANC /µL</source>
        <translation>АЧН /мкл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="363"/>
        <source>Platelets /µL</source>
        <translation>Тромбоциты /мкл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="363"/>
        <source>Response (derived)</source>
        <translation>Ответ (рассчитан)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="363"/>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="88"/>
        <source>not present</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="90"/>
        <source>G{grade}: {wording}</source>
        <translation>С{grade}: {wording}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="91"/>
        <source>provisional wording</source>
        <translation>предварительная формулировка</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="99"/>
        <source>CTCAE neurological events ({versions})</source>
        <translation>Неврологические явления CTCAE ({versions})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="101"/>
        <source>Fever</source>
        <translation>Лихорадка</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="102"/>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="103"/>
        <source>ICANS</source>
        <translation>ICANS</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="130"/>
        <source>Copies the values of the patient&apos;s last observation (F5 or Ctrl+D); check each one before saving</source>
        <translation>Копирует значения последнего наблюдения (F5 или Ctrl+D); проверьте каждое перед сохранением</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="155"/>
        <source>not assessed</source>
        <translation>не оценивалось</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="162"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="162"/>
        <source>rarely</source>
        <translation>редко</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="162"/>
        <source>sometimes</source>
        <translation>иногда</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="162"/>
        <source>often</source>
        <translation>часто</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="162"/>
        <source>always</source>
        <translation>всегда</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="170"/>
        <source>only with a device</source>
        <translation>только при подаче O2</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="171"/>
        <location filename="../../ui/observation_dialog.ui" line="154"/>
        <source>systolic</source>
        <translation>систолическое</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="172"/>
        <location filename="../../ui/observation_dialog.ui" line="168"/>
        <source>diastolic</source>
        <translation>диастолическое</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="363"/>
        <source>Daily observation — {name}, MRN {mrn}</source>
        <translation>Ежедневное наблюдение — {name}, № карты {mrn}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="410"/>
        <source>CAPD (developmental delay): answer each item, never … always</source>
        <translation>CAPD (задержка развития): ответьте на каждый пункт, никогда … всегда</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="412"/>
        <source>CAPD (child under {age} years): answer each item, never … always</source>
        <translation>CAPD (ребёнок младше {age} лет): ответьте на каждый пункт, никогда … всегда</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="416"/>
        <source>* provisional item list and scoring</source>
        <translation>* предварительный перечень пунктов и подсчёт</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="418"/>
        <source>ICE: tick each task the patient does correctly</source>
        <translation>ICE: отметьте каждое задание, выполненное правильно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="438"/>
        <source>ICANS not assessed</source>
        <translation>ICANS не оценивался</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="440"/>
        <location filename="../../ui/observation_dialog.ui" line="533"/>
        <source>Could not be assessed</source>
        <translation>Оценить невозможно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="444"/>
        <source>CAPD: {answered} of 8 items answered</source>
        <translation>CAPD: заполнено {answered} из 8 пунктов</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="447"/>
        <source>ICE score: {score} / 10</source>
        <translation>Балл ICE: {score} / 10</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="456"/>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="457"/>
        <source>Fever lasting</source>
        <translation>Длительность лихорадки</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="458"/>
        <source>Heart rate</source>
        <translation>ЧСС</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="459"/>
        <source>Systolic pressure</source>
        <translation>Систолическое давление</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="460"/>
        <source>Diastolic pressure</source>
        <translation>Диастолическое давление</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="462"/>
        <source>Respiratory rate</source>
        <translation>ЧДД</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="464"/>
        <source>SpO2</source>
        <translation>Сатурация</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="465"/>
        <source>Oxygen flow</source>
        <translation>Поток кислорода</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="500"/>
        <source>Calculating…</source>
        <translation>Рассчитывается…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="514"/>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="552"/>
        <source>Not calculated</source>
        <translation>Не рассчитано</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="533"/>
        <source>No temperature</source>
        <translation>Нет температуры</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="534"/>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="535"/>
        <source>Not graded</source>
        <translation>Степень не определена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="535"/>
        <source>Not assessed</source>
        <translation>Не оценивался</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="538"/>
        <source>not possible</source>
        <translation>невозможно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="539"/>
        <source>{tool} score: {score}</source>
        <translation>Балл {tool}: {score}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="545"/>
        <source>* Provisional: {scales} rest on rules not confirmed by a source. The grade is shown; judge it clinically.</source>
        <translation>* Предварительно: {scales} основаны на правилах, не подтверждённых источником. Степень показана; оцените её клинически.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="515"/>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="554"/>
        <source>Grades not shown until this is fixed:</source>
        <translation>Степени не показаны, пока не исправлено:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/observation.py" line="600"/>
        <source>Copied from the observation of {when}: check every value. ICE/CAPD answers are never copied: assess them again.</source>
        <translation>Скопировано из наблюдения от {when}: проверьте каждое значение. Ответы ICE/CAPD не копируются: оцените заново.</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="6"/>
        <source>Daily observation</source>
        <translation>Ежедневное наблюдение</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="14"/>
        <source>Observed &amp;at</source>
        <translation>&amp;Время наблюдения</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="40"/>
        <source>Carry forward (F5)</source>
        <translation>Перенести прошлые (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="89"/>
        <source>Vital signs</source>
        <translation>Показатели жизнедеятельности</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="95"/>
        <source>&amp;Temperature (°C)</source>
        <translation>&amp;Температура (°C)</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="110"/>
        <source>Fever lasting (h)</source>
        <translation>Лихорадка длится (ч)</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="120"/>
        <source>How long the fever has lasted, in hours: above 40.0 °C for more than 24 h is CTCAE grade 4. Leave empty when not known.</source>
        <translation>Сколько часов длится лихорадка: выше 40,0 °C дольше 24 ч — степень 4 по CTCAE. Оставьте пустым, если неизвестно.</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="129"/>
        <source>Heart &amp;rate (/min)</source>
        <translation>&amp;ЧСС (/мин)</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="142"/>
        <source>&amp;Blood pressure (mmHg)</source>
        <translation>&amp;АД (мм рт. ст.)</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="177"/>
        <source>Res&amp;piratory rate (/min)</source>
        <translation>Ч&amp;ДД (/мин)</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="190"/>
        <source>Sp&amp;O2 (%)</source>
        <translation>&amp;Сатурация SpO2 (%)</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="206"/>
        <source>Oxygen and circulation (CRS)</source>
        <translation>Кислород и гемодинамика (CRS)</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="212"/>
        <source>O&amp;xygen device</source>
        <translation>Способ подачи &amp;кислорода</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="225"/>
        <source>Oxygen &amp;flow (L/min)</source>
        <translation>&amp;Поток кислорода (л/мин)</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="238"/>
        <source>&amp;Hypotension</source>
        <translation>&amp;Гипотензия</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="245"/>
        <source>&amp;Vasopressors</source>
        <translation>&amp;Вазопрессоры</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="265"/>
        <source>Antip&amp;yretic or anti-cytokine therapy given (masks fever)</source>
        <translation>&amp;Жаропонижающие или антицитокиновая терапия (маскируют лихорадку)</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="292"/>
        <source>ICANS (ASTCT 2019)</source>
        <translation>ICANS (ASTCT 2019)</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="298"/>
        <source>&amp;Consciousness</source>
        <translation>&amp;Сознание</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="339"/>
        <source>Oriented: year</source>
        <translation>Ориентирован: год</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="346"/>
        <source>Oriented: month</source>
        <translation>Ориентирован: месяц</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="353"/>
        <source>Oriented: city</source>
        <translation>Ориентирован: город</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="360"/>
        <source>Oriented: hospital</source>
        <translation>Ориентирован: больница</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="367"/>
        <source>Names object 1</source>
        <translation>Называет предмет 1</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="374"/>
        <source>Names object 2</source>
        <translation>Называет предмет 2</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="381"/>
        <source>Names object 3</source>
        <translation>Называет предмет 3</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="388"/>
        <source>Follows a simple command</source>
        <translation>Выполняет простую команду</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="395"/>
        <source>Writes a standard sentence</source>
        <translation>Пишет стандартное предложение</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="402"/>
        <source>Counts back from 100 by 10</source>
        <translation>Считает от 100 назад по 10</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="413"/>
        <source>Makes eye contact with the caregiver</source>
        <translation>Устанавливает зрительный контакт</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="426"/>
        <source>Actions are purposeful</source>
        <translation>Действия целенаправленны</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="439"/>
        <source>Aware of surroundings</source>
        <translation>Осознаёт окружающее</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="452"/>
        <source>Communicates needs and wants</source>
        <translation>Сообщает о нуждах и желаниях</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="465"/>
        <source>Restless</source>
        <translation>Беспокоен</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="478"/>
        <source>Inconsolable</source>
        <translation>Безутешен</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="491"/>
        <source>Underactive</source>
        <translation>Малоактивен</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="504"/>
        <source>Slow to respond</source>
        <translation>Медленно реагирует</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="313"/>
        <source>Developmental delay: assess with CAPD</source>
        <translation>Задержка развития: оценивать по CAPD</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="316"/>
        <source>For an older child or adult who cannot do the ICE tasks because of developmental delay: assess delirium with the CAPD items instead</source>
        <translation>Для ребёнка старшего возраста или взрослого, который из-за задержки развития не может выполнить задания ICE: оценивайте делирий по пунктам CAPD</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="542"/>
        <source>&amp;Seizure</source>
        <translation>Су&amp;дороги</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="555"/>
        <source>&amp;Motor findings</source>
        <translation>&amp;Двигательные нарушения</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="568"/>
        <source>Cerebral o&amp;edema</source>
        <translation>&amp;Отёк мозга</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="584"/>
        <source>CTCAE neurological events</source>
        <translation>Неврологические явления CTCAE</translation>
    </message>
    <message>
        <location filename="../../ui/observation_dialog.ui" line="611"/>
        <source>Grades derived from these values (before saving)</source>
        <translation>Степени по этим значениям (до сохранения)</translation>
    </message>
</context>
<context>
    <name>ObservationTableModel</name>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="291"/>
        <source>Observed at</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="291"/>
        <source>Temp. °C</source>
        <translation>Т °C</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="291"/>
        <source>HR /min</source>
        <translation>ЧСС /мин</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="291"/>
        <source>BP mmHg</source>
        <translation>АД мм рт. ст.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="292"/>
        <source>RR /min</source>
        <translation>ЧДД /мин</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="292"/>
        <source>SpO2 %</source>
        <translation>SpO2 %</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="292"/>
        <source>Oxygen</source>
        <translation>Кислород</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="292"/>
        <source>Vasopressors</source>
        <translation>Вазопрессоры</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="293"/>
        <source>ICE / CAPD</source>
        <translation>ICE / CAPD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="293"/>
        <source>Fever</source>
        <translation>Лихорадка</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="293"/>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="293"/>
        <source>ICANS</source>
        <translation>ICANS</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="294"/>
        <source>CTCAE neuro</source>
        <translation>Невро CTCAE</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="294"/>
        <source>Recorded by</source>
        <translation>Записал</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="318"/>
        <source> {flow} L/min</source>
        <translation> {flow} л/мин</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="327"/>
        <source>{tool}: not possible</source>
        <translation>{tool}: невозможно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="341"/>
        <source>Antipyretic or anti-cytokine therapy given: fever may be masked.</source>
        <translation>Даны жаропонижающие или антицитокиновая терапия: лихорадка может быть замаскирована.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/transplant_outcome.py" line="57"/>
        <source>Required for a relapse: CD19-negative relapse after blinatumomab needs other markers to follow</source>
        <translation>Обязательно при рецидиве: CD19-отрицательный рецидив после блинатумомаба требует других маркеров для наблюдения</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="6"/>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="14"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Исход</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="27"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="40"/>
        <source>&amp;CD19 status</source>
        <translation>Статус &amp;CD19</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="53"/>
        <source>&amp;Notes</source>
        <translation>&amp;Примечания</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="427"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="427"/>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="427"/>
        <source>CD19</source>
        <translation>CD19</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="427"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <location filename="../../ui/patient_chart.ui" line="14"/>
        <source>Patient chart</source>
        <translation>Карта пациента</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="61"/>
        <source>Review course…</source>
        <translation>Обзор курса…</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="64"/>
        <source>The whole course on one page: timeline, the label&apos;s guidance for the latest adverse events, a decision, exports</source>
        <translation>Весь курс на одной странице: временная шкала, рекомендации инструкции по последним нежелательным явлениям, решение, экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="71"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="184"/>
        <source>Record &amp;observation…</source>
        <translation>&amp;Наблюдение…</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="191"/>
        <source>Record &amp;bag…</source>
        <translation>&amp;Пакет…</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="198"/>
        <source>&amp;Interrupt infusion…</source>
        <translation>Пре&amp;рвать инфузию…</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="205"/>
        <source>&amp;Restart infusion…</source>
        <translation>&amp;Возобновить инфузию…</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="212"/>
        <source>&amp;Start cycle…</source>
        <translation>Начать &amp;цикл…</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="219"/>
        <source>Record pr&amp;emedication given…</source>
        <translation>Преме&amp;дикация введена…</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="226"/>
        <source>&amp;Plan course…</source>
        <translation>План&amp;ировать курс…</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="233"/>
        <source>&amp;Adverse event…</source>
        <translation>&amp;Нежелательное явление…</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="240"/>
        <source>&amp;Marrow result…</source>
        <translation>&amp;Миелограмма…</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="247"/>
        <source>&amp;Transplant…</source>
        <translation>&amp;Трансплантация…</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="254"/>
        <source>O&amp;utcome…</source>
        <translation>И&amp;сход…</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="54"/>
        <source>Record &amp;weight and height…</source>
        <translation>В&amp;ес и рост…</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="273"/>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="294"/>
        <source>◀ &amp;Newer</source>
        <translation>◀ Н&amp;овее</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="311"/>
        <source>O&amp;lder ▶</source>
        <translation>С&amp;тарше ▶</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="344"/>
        <source>Marrow</source>
        <translation>Костный мозг</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="364"/>
        <source>Adverse events</source>
        <translation>Нежелательные явления</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="383"/>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="407"/>
        <source>Transplants and outcomes</source>
        <translation>Трансплантации и исходы</translation>
    </message>
    <message>
        <location filename="../../ui/patient_chart.ui" line="440"/>
        <source>Bags and interruptions</source>
        <translation>Пакеты и перерывы</translation>
    </message>
</context>
<context>
    <name>PatientChartWidget</name>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="229"/>
        <source>Fever: {fever} · CRS: {crs} · ICANS: {ice} / {capd} · * provisional</source>
        <translation>Лихорадка: {fever} · CRS: {crs} · ICANS: {ice} / {capd} · * предварительно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="232"/>
        <source>Undo my last entry (mark it entered in error)…</source>
        <translation>Отменить мою последнюю запись (отметить как ошибочную)…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="249"/>
        <source>Show entries marked in error</source>
        <translation>Показать записи, отмеченные как ошибочные</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="251"/>
        <source>List the entries marked entered in error in every table (struck through, the reason in their tooltip), to open their history. They count in no calculation.</source>
        <translation>Показать в каждой таблице записи, отмеченные как внесённые ошибочно (зачёркнуты, причина — во всплывающей подсказке), чтобы открыть их историю. В расчётах они не участвуют.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="263"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="296"/>
        <source>The chart could not be loaded: {problem}</source>
        <translation>Карту не удалось загрузить: {problem}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="314"/>
        <source>MRN {mrn}</source>
        <translation>№ карты {mrn}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="315"/>
        <source>born {day} ({age} years)</source>
        <translation>дата рождения {day} ({age} лет)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="320"/>
        <source>Ph {status}</source>
        <translation>Ph {status}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="322"/>
        <source>CD19 {status}</source>
        <translation>CD19 {status}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="327"/>
        <source>, height {cm} cm</source>
        <translation>, рост {cm} см</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="328"/>
        <source>Weight {kg} kg{height} — measured {day}</source>
        <translation>Масса {kg} кг{height} — измерено {day}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="333"/>
        <source>⚠ Weight is {days} days old (ward setting: at most {limit}): weigh the patient before a BSA-based dose is used.</source>
        <translation>⚠ Масса измерена {days} дн. назад (настройка отделения: не более {limit}): взвесьте пациента до использования дозы по ППТ.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="336"/>
        <source>No weight recorded</source>
        <translation>Масса не записана</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="337"/>
        <source>⚠ No weight recorded: a course cannot be planned.</source>
        <translation>⚠ Масса не записана: курс нельзя запланировать.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="342"/>
        <source>No treatment course yet.</source>
        <translation>Курса лечения пока нет.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="347"/>
        <source>Course: {indication} · label {edition} pinned ({title}) · {mode}, planned from {kg} kg · {status}</source>
        <translation>Курс: {indication} · закреплена инструкция {edition} ({title}) · {mode}, план по массе {kg} кг · {status}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="354"/>
        <source>* {count} provisional facts in label {edition} (not confirmed by a source; point here for the list)</source>
        <translation>* {count} предварительных данных в инструкции {edition} (не подтверждены источником; наведите для списка)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="368"/>
        <source>No infusion running.</source>
        <translation>Инфузия не идёт.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="375"/>
        <source>⏸ Cycle {number}: infusion INTERRUPTED since {since} ({reason}).</source>
        <translation>⏸ Цикл {number}: инфузия ПРЕРВАНА с {since} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="382"/>
        <source> ({rate} mcg/m²/day)</source>
        <translation> ({rate} мкг/м²/сут)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="385"/>
        <source>▶ Cycle {number} ({phase}), day {day}: {dose} mcg/day{per_m2} since {since}</source>
        <translation>▶ Цикл {number} ({phase}), день {day}: {dose} мкг/сут{per_m2} с {since}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="390"/>
        <source>Cycle {number} is running.</source>
        <translation>Цикл {number} идёт.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="394"/>
        <source>Bag: {hours} h at {rate} mL/h, {volume} mL, lot {lot} — hung {hung}, change due {due}</source>
        <translation>Пакет: {hours} ч, {rate} мл/ч, {volume} мл, серия {lot} — подключён {hung}, замена {due}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="406"/>
        <source>No bag hanging is recorded.</source>
        <translation>Подключённый пакет не записан.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="408"/>
        <source>⚠ NEVER FLUSH THE LINE — {text}</source>
        <translation>⚠ НИКОГДА НЕ ПРОМЫВАЙТЕ ЛИНИЮ — {text}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="410"/>
        <source>The label&apos;s words ({edition}): {text}</source>
        <translation>Текст инструкции ({edition}): {text}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="449"/>
        <source>C{number} {phase}</source>
        <translation>Ц{number} {phase}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="496"/>
        <source>Observations {first}–{last} of {total} (newest first)</source>
        <translation>Наблюдения {first}–{last} из {total} (сначала новые)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="653"/>
        <source>Observation of {when}</source>
        <translation>Наблюдение от {when}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="653"/>
        <source>Marrow of {when}</source>
        <translation>Миелограмма от {when}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="654"/>
        <source>Adverse event of {when}</source>
        <translation>Нежелательное явление от {when}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="654"/>
        <source>Decision of {when}</source>
        <translation>Решение от {when}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="655"/>
        <source>Transplant of {when}</source>
        <translation>Трансплантация от {when}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="655"/>
        <source>Outcome of {when}</source>
        <translation>Исход от {when}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="656"/>
        <source>Bag hung {when}</source>
        <translation>Пакет, подключён {when}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="656"/>
        <source>Interruption from {when}</source>
        <translation>Перерыв с {when}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="672"/>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="674"/>
        <source>Mark entered in error…</source>
        <translation>Отметить как ошибочную…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="676"/>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="713"/>
        <source>Undo: entered by mistake</source>
        <translation>Отмена: внесено по ошибке</translation>
    </message>
</context>
<context>
    <name>PlanCourseDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/plan_course.py" line="95"/>
        <source>This label allows up to {count} cycles for this indication</source>
        <translation>Инструкция допускает до {count} циклов при этом показании</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/plan_course.py" line="134"/>
        <source>, BSA {bsa} m²</source>
        <translation>, ППТ {bsa} м²</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/plan_course.py" line="136"/>
        <source>{mode} from weight {weight} kg (measured {weighed}), height {height} cm{bsa}. Label {edition}.</source>
        <translation>{mode} по массе {weight} кг (измерено {weighed}), рост {height} см{bsa}. Инструкция {edition}.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/plan_course.py" line="144"/>
        <source>* Provisional facts in this schedule (not confirmed by a source; check them):</source>
        <translation>* Предварительные данные в этой схеме (не подтверждены источником; проверьте):</translation>
    </message>
    <message>
        <location filename="../../ui/plan_course_dialog.ui" line="14"/>
        <source>Plan a treatment course</source>
        <translation>Планирование курса лечения</translation>
    </message>
    <message>
        <location filename="../../ui/plan_course_dialog.ui" line="24"/>
        <source>&amp;Indication</source>
        <translation>&amp;Показание</translation>
    </message>
    <message>
        <location filename="../../ui/plan_course_dialog.ui" line="44"/>
        <source>&amp;Label edition</source>
        <translation>&amp;Редакция инструкции</translation>
    </message>
    <message>
        <location filename="../../ui/plan_course_dialog.ui" line="68"/>
        <source>&amp;Start date</source>
        <translation>&amp;Дата начала</translation>
    </message>
    <message>
        <location filename="../../ui/plan_course_dialog.ui" line="81"/>
        <source>&amp;Cycles</source>
        <translation>&amp;Циклов</translation>
    </message>
    <message>
        <location filename="../../ui/plan_course_dialog.ui" line="128"/>
        <source>The engine&apos;s schedule, for review before saving:</source>
        <translation>Расчётная схема, проверьте перед сохранением:</translation>
    </message>
</context>
<context>
    <name>PlotTexts</name>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="102"/>
        <source>given</source>
        <translation>факт</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="103"/>
        <source>planned</source>
        <translation>план</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="104"/>
        <source>cycles</source>
        <translation>циклы</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="105"/>
        <source>no cycles recorded</source>
        <translation>циклов нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="106"/>
        <source>C{number}</source>
        <translation>Ц{number}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="107"/>
        <source>cycle planned</source>
        <translation>цикл по плану</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="108"/>
        <source>infusion given</source>
        <translation>инфузия проведена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="109"/>
        <source>interruption</source>
        <translation>прерывание инфузии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="110"/>
        <source>treatment-free</source>
        <translation>интервал без лечения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="111"/>
        <source>dose
mcg/day</source>
        <translation>доза
мкг/сут</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="112"/>
        <source>no doses recorded</source>
        <translation>доз нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="113"/>
        <source>G{grade}</source>
        <translation>С{grade}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="114"/>
        <source>temp.
°C</source>
        <translation>темп.
°C</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="115"/>
        <source>fever grades, {source}</source>
        <translation>лихорадка по {source}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="116"/>
        <source>no temperatures recorded</source>
        <translation>температура не записана</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="117"/>
        <source>no CRS or ICANS assessments recorded</source>
        <translation>оценок CRS и ICANS нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="118"/>
        <source>CRS/ICANS: none</source>
        <translation>CRS/ICANS: нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="119"/>
        <source>CRS/ICANS grade {grade}</source>
        <translation>CRS/ICANS, степень {grade}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="120"/>
        <source>neuro</source>
        <translation>невро</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="121"/>
        <source>no neurological events recorded</source>
        <translation>неврологических событий нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="122"/>
        <source>seizure</source>
        <translation>судороги</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="123"/>
        <source>other neurological event</source>
        <translation>другое неврол. событие</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="124"/>
        <source>marrow
blasts %</source>
        <translation>бласты
КМ, %</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="125"/>
        <source>no marrow blasts recorded</source>
        <translation>бласты КМ не записаны</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="126"/>
        <source>blast-free hypoplastic</source>
        <translation>гипоплазия без бластов</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="127"/>
        <source>MRD negative &lt; {threshold}</source>
        <translation>MRD отрицат. &lt; {threshold}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="128"/>
        <source>MRD+ indication ≥ {threshold}</source>
        <translation>показание MRD+ ≥ {threshold}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="129"/>
        <source>no MRD results recorded</source>
        <translation>результатов MRD нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="130"/>
        <source>MRD not detected</source>
        <translation>MRD не выявлена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="131"/>
        <source>events</source>
        <translation>события</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="132"/>
        <source>transplant</source>
        <translation>трансплантация</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="133"/>
        <source>relapse</source>
        <translation>рецидив</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="134"/>
        <source>progression</source>
        <translation>прогрессия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="135"/>
        <source>death</source>
        <translation>смерть</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="136"/>
        <source>relapse, CD19 negative</source>
        <translation>рецидив, CD19 отрицат.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="137"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="139"/>
        <source>icans</source>
        <translation>ICANS</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="140"/>
        <source>immune effector cell-associated neurotoxicity syndrome</source>
        <translation>ICANS</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="141"/>
        <source>dysphasia</source>
        <translation>дисфазия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="142"/>
        <source>somnolence</source>
        <translation>сонливость</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="143"/>
        <source>confusion</source>
        <translation>спутанность</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="144"/>
        <source>depressed level of consciousness</source>
        <translation>угнетение сознания</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="145"/>
        <source>neurotoxicity</source>
        <translation>нейротоксичность</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="146"/>
        <source>ataxia</source>
        <translation>атаксия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="147"/>
        <source>dizziness</source>
        <translation>головокружение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="148"/>
        <source>headache</source>
        <translation>головная боль</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="150"/>
        <source>Jan</source>
        <translation>янв</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="151"/>
        <source>Feb</source>
        <translation>фев</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="152"/>
        <source>Mar</source>
        <translation>мар</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="153"/>
        <source>Apr</source>
        <translation>апр</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="154"/>
        <source>May</source>
        <translation>май</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="155"/>
        <source>Jun</source>
        <translation>июн</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="156"/>
        <source>Jul</source>
        <translation>июл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="157"/>
        <source>Aug</source>
        <translation>авг</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="158"/>
        <source>Sep</source>
        <translation>сен</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="159"/>
        <source>Oct</source>
        <translation>окт</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="160"/>
        <source>Nov</source>
        <translation>ноя</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="161"/>
        <source>Dec</source>
        <translation>дек</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="163"/>
        <source>days from the first infusion (lanes sorted by time on treatment)</source>
        <translation>дни от первой инфузии (строки по длительности лечения)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="164"/>
        <source>days from the first infusion (lanes sorted by response)</source>
        <translation>дни от первой инфузии (строки по ответу)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="165"/>
        <source>no patients match</source>
        <translation>подходящих пациентов нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="166"/>
        <source>follow-up</source>
        <translation>наблюдение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="167"/>
        <source>still on treatment</source>
        <translation>лечение продолжается</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="168"/>
        <source>remission, MRD negative</source>
        <translation>ремиссия, MRD отрицат.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="169"/>
        <source>remission, MRD+ or not measured</source>
        <translation>ремиссия, MRD+ или н/д</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="170"/>
        <source>no response</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/chart.py" line="171"/>
        <source>relapse, CD19 positive/unknown</source>
        <translation>рецидив, CD19 полож./неизв.</translation>
    </message>
</context>
<context>
    <name>PremedicationDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/premedication.py" line="52"/>
        <source>{patient} · cycle {number}</source>
        <translation>{patient} · цикл {number}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/premedication.py" line="74"/>
        <source>Looking up the premedication due today…</source>
        <translation>Поиск положенной на сегодня премедикации…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/premedication.py" line="85"/>
        <source>The premedication due could not be looked up: {problem}</source>
        <translation>Не удалось найти положенную премедикацию: {problem}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/premedication.py" line="114"/>
        <source>{premedication} — already recorded as given today</source>
        <translation>{premedication} — уже отмечена как введённая сегодня</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/premedication.py" line="129"/>
        <source>No premedication is due today for this cycle.</source>
        <translation>На сегодня премедикация в этом цикле не положена.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/premedication.py" line="135"/>
        <source>The dose is the one due by the label; change it if a different dose was given.</source>
        <translation>Доза — положенная по инструкции; измените её, если введена другая доза.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/premedication.py" line="137"/>
        <source>Already recorded as given today: save only if a further dose was given.</source>
        <translation>Уже отмечена как введённая сегодня: сохраняйте, только если введена ещё одна доза.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/premedication.py" line="140"/>
        <source>* This premedication rule is provisional (not confirmed by a source).</source>
        <translation>* Это правило премедикации предварительное (не подтверждено источником).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/premedication.py" line="149"/>
        <source>Dose</source>
        <translation>Доза</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/premedication.py" line="151"/>
        <source>Dose: type the dose given, in mg</source>
        <translation>Доза: введите введённую дозу в мг</translation>
    </message>
    <message>
        <location filename="../../ui/premedication_dialog.ui" line="6"/>
        <source>Record premedication given</source>
        <translation>Премедикация введена</translation>
    </message>
    <message>
        <location filename="../../ui/premedication_dialog.ui" line="27"/>
        <source>Premedication &amp;due</source>
        <translation>&amp;Положенная премедикация</translation>
    </message>
    <message>
        <location filename="../../ui/premedication_dialog.ui" line="40"/>
        <source>Drug</source>
        <translation>Препарат</translation>
    </message>
    <message>
        <location filename="../../ui/premedication_dialog.ui" line="54"/>
        <source>D&amp;ose given (mg)</source>
        <translation>Введённая &amp;доза (мг)</translation>
    </message>
    <message>
        <location filename="../../ui/premedication_dialog.ui" line="67"/>
        <source>Route</source>
        <translation>Путь введения</translation>
    </message>
    <message>
        <location filename="../../ui/premedication_dialog.ui" line="81"/>
        <source>&amp;Given at</source>
        <translation>&amp;Время введения</translation>
    </message>
    <message>
        <location filename="../../ui/premedication_dialog.ui" line="94"/>
        <source>Given by</source>
        <translation>Ввёл(а)</translation>
    </message>
</context>
<context>
    <name>RestartDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="75"/>
        <source>Cycle {number}: infusion stopped at {since} ({reason}).</source>
        <translation>Цикл {number}: инфузия остановлена {since} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="78"/>
        <source>Cycle {number} is interrupted.</source>
        <translation>Цикл {number} прерван.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="85"/>
        <source>The infusion was stopped for an adverse event, so this box was ticked for you; untick it if this restart does not follow one.</source>
        <translation>Инфузия была остановлена из-за нежелательного явления, поэтому эта отметка поставлена автоматически; снимите её, если это возобновление не связано с нежелательным явлением.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="92"/>
        <source>Restart infusion</source>
        <translation>Возобновить инфузию</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="119"/>
        <source>The verdict is shown once the restart time is a whole date and time (dd.mm.yyyy hh:mm).</source>
        <translation>Заключение будет показано, когда время возобновления введено полностью (дд.мм.гггг чч:мм).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="122"/>
        <source>Asking the label…</source>
        <translation>Запрос к инструкции…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="154"/>
        <source>A new cycle would be needed, but the label allows no more cycles: end the cycle (discontinued) instead.</source>
        <translation>Потребовался бы новый цикл, но инструкция не допускает больше циклов: вместо этого завершите цикл (прекращён).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="171"/>
        <source>SAME CYCLE: cycle {cycle} goes on (interruption {hours} h = {days} days).</source>
        <translation>ТОТ ЖЕ ЦИКЛ: цикл {cycle} продолжается (перерыв {hours} ч = {days} сут).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="174"/>
        <source>NEW CYCLE: the infusion restarts as cycle {cycle} (interruption {days} days).</source>
        <translation>НОВЫЙ ЦИКЛ: инфузия возобновляется как цикл {cycle} (перерыв {days} сут).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="177"/>
        <source>Infused before the interruption: {hours} h</source>
        <translation>Введено до перерыва: {hours} ч</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="179"/>
        <source>Still to infuse: {hours} h</source>
        <translation>Осталось ввести: {hours} ч</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="182"/>
        <source>New expected end: {when}</source>
        <translation>Новое ожидаемое окончание: {when}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="184"/>
        <source>Supervision or hospitalisation is due at the restart.</source>
        <translation>При возобновлении нужно наблюдение медработника или госпитализация.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="185"/>
        <source>No supervision required by the label for this restart.</source>
        <translation>Инструкция не требует наблюдения при этом возобновлении.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="188"/>
        <source>Premedication due:</source>
        <translation>Нужна премедикация:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="197"/>
        <source>No premedication due by the label.</source>
        <translation>По инструкции премедикация не нужна.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="199"/>
        <source>Dose periods to be written:</source>
        <translation>Будут записаны периоды дозирования:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="201"/>
        <source>{start} → {end}: {dose} mcg/day ({reason})</source>
        <translation>{start} → {end}: {dose} мкг/сут ({reason})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="207"/>
        <source>Why:</source>
        <translation>Почему:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="209"/>
        <source>* Provisional (not confirmed by a source):</source>
        <translation>* Предварительно (не подтверждено источником):</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/interruption.py" line="212"/>
        <source>Label {label}, indication {indication}.</source>
        <translation>Инструкция {label}, показание {indication}.</translation>
    </message>
    <message>
        <location filename="../../ui/restart_dialog.ui" line="6"/>
        <source>Restart the infusion</source>
        <translation>Возобновить инфузию</translation>
    </message>
    <message>
        <location filename="../../ui/restart_dialog.ui" line="24"/>
        <source>Infusion &amp;restarts at</source>
        <translation>Инфузия &amp;возобновляется в</translation>
    </message>
    <message>
        <location filename="../../ui/restart_dialog.ui" line="37"/>
        <source>Restart after an &amp;adverse event (repeat the step-up)</source>
        <translation>Возобновление после &amp;нежелательного явления (повторить эскалацию дозы)</translation>
    </message>
    <message>
        <location filename="../../ui/restart_dialog.ui" line="56"/>
        <source>The label&apos;s verdict for this restart:</source>
        <translation>Заключение по инструкции для этого возобновления:</translation>
    </message>
</context>
<context>
    <name>ScheduleTableModel</name>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="469"/>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="469"/>
        <source>Phase</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="469"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="469"/>
        <source>Last infusion day</source>
        <translation>Последний день инфузии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="470"/>
        <source>Doses (mcg/day)</source>
        <translation>Дозы (мкг/сут)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="470"/>
        <source>Premedication</source>
        <translation>Премедикация</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="470"/>
        <source>Hospital days</source>
        <translation>Дни в стационаре</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="471"/>
        <source>Treatment-free days</source>
        <translation>Дни перерыва</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="471"/>
        <source>Next cycle from</source>
        <translation>Следующий цикл с</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="485"/>
        <source>day {day}: {what}</source>
        <translation>день {day}: {what}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="489"/>
        <source>days 1–{last}</source>
        <translation>дни 1–{last}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="489"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="503"/>
        <source>days {first}–{last}: {dose}</source>
        <translation>дни {first}–{last}: {dose}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="510"/>
        <source>Provisional</source>
        <translation>Предварительно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="511"/>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
</context>
<context>
    <name>StartCycleDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/start_cycle.py" line="33"/>
        <source>Cycle {number} ({phase}), planned for {day}.</source>
        <translation>Цикл {number} ({phase}), запланирован на {day}.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/start_cycle.py" line="39"/>
        <source>The planned doses move with the actual start, so the step-up falls exactly 7 × 24 h after it. Premedication due is shown after saving.</source>
        <translation>Плановые дозы сдвигаются вместе с фактическим началом, поэтому повышение дозы наступает ровно через 7 × 24 ч. Необходимая премедикация будет показана после сохранения.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/start_cycle.py" line="59"/>
        <source>Cycle {number} started.</source>
        <translation>Цикл {number} начат.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/start_cycle.py" line="61"/>
        <source>Premedication due before the first dose:</source>
        <translation>Премедикация перед первой дозой:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/start_cycle.py" line="64"/>
        <source>The label gives no premedication for this start.</source>
        <translation>Инструкция не предусматривает премедикации для этого начала.</translation>
    </message>
    <message>
        <location filename="../../ui/start_cycle_dialog.ui" line="6"/>
        <source>Start a cycle</source>
        <translation>Начать цикл</translation>
    </message>
    <message>
        <location filename="../../ui/start_cycle_dialog.ui" line="24"/>
        <source>First bag &amp;up at</source>
        <translation>Первый пакет &amp;подключён в</translation>
    </message>
</context>
<context>
    <name>TransplantDialog</name>
    <message>
        <location filename="../../ui/transplant_dialog.ui" line="6"/>
        <source>Transplant</source>
        <translation>Трансплантация</translation>
    </message>
    <message>
        <location filename="../../ui/transplant_dialog.ui" line="14"/>
        <source>&amp;Transplant date</source>
        <translation>&amp;Дата трансплантации</translation>
    </message>
    <message>
        <location filename="../../ui/transplant_dialog.ui" line="27"/>
        <source>&amp;Donor type</source>
        <translation>&amp;Тип донора</translation>
    </message>
</context>
<context>
    <name>TransplantTableModel</name>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="419"/>
        <source>Transplant date</source>
        <translation>Дата трансплантации</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="419"/>
        <source>Donor type</source>
        <translation>Тип донора</translation>
    </message>
</context>
<context>
    <name>WardWords</name>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="50"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="51"/>
        <source>nasal cannula (low flow)</source>
        <translation>носовая канюля (низкий поток)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="52"/>
        <source>blow-by</source>
        <translation>подача кислорода у лица</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="53"/>
        <source>high-flow nasal cannula</source>
        <translation>высокопоточная носовая канюля</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="54"/>
        <source>facemask</source>
        <translation>лицевая маска</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="55"/>
        <source>non-rebreather mask</source>
        <translation>маска с резервуаром</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="56"/>
        <source>Venturi mask</source>
        <translation>маска Вентури</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="57"/>
        <source>CPAP</source>
        <translation>СИПАП (CPAP)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="58"/>
        <source>BiPAP</source>
        <translation>БиПАП (BiPAP)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="59"/>
        <source>mechanical ventilation</source>
        <translation>ИВЛ</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="61"/>
        <source>norepinephrine</source>
        <translation>норэпинефрин</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="62"/>
        <source>epinephrine</source>
        <translation>эпинефрин</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="63"/>
        <source>phenylephrine</source>
        <translation>фенилэфрин</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="64"/>
        <source>dopamine</source>
        <translation>допамин</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="65"/>
        <source>vasopressin</source>
        <translation>вазопрессин</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="66"/>
        <source>dobutamine</source>
        <translation>добутамин</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="68"/>
        <source>awake, wakes spontaneously</source>
        <translation>в сознании, просыпается самостоятельно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="69"/>
        <source>wakes to voice</source>
        <translation>просыпается на голос</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="70"/>
        <source>wakes only to touch</source>
        <translation>просыпается только от прикосновения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="71"/>
        <source>unarousable</source>
        <translation>не пробуждается</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="72"/>
        <source>seizure that resolves quickly</source>
        <translation>быстро купирующиеся судороги</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="73"/>
        <source>life-threatening or repeated seizure</source>
        <translation>угрожающие жизни или повторные судороги</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="74"/>
        <source>deep focal weakness</source>
        <translation>глубокая очаговая слабость</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="75"/>
        <source>focal oedema on imaging</source>
        <translation>очаговый отёк по данным визуализации</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="76"/>
        <source>diffuse oedema, posturing, papilloedema</source>
        <translation>диффузный отёк, патологические позы, отёк диска зрительного нерва</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="78"/>
        <source>seizure</source>
        <translation>судороги</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="79"/>
        <source>encephalopathy</source>
        <translation>энцефалопатия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="80"/>
        <source>aphasia</source>
        <translation>афазия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="81"/>
        <source>tremor</source>
        <translation>тремор</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="83"/>
        <source>relapsed/refractory</source>
        <translation>рецидив/рефрактерный</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="84"/>
        <source>MRD-positive</source>
        <translation>MRD-положительный</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="85"/>
        <source>consolidation</source>
        <translation>консолидация</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="86"/>
        <source>induction</source>
        <translation>индукция</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="87"/>
        <source>continued therapy</source>
        <translation>продолженная терапия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="89"/>
        <source>planned</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="90"/>
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="91"/>
        <source>interrupted</source>
        <translation>прервана</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="92"/>
        <source>completed</source>
        <translation>завершён</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="93"/>
        <source>discontinued</source>
        <translation>прекращён</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="94"/>
        <source>infusing</source>
        <translation>инфузия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="95"/>
        <source>treatment-free</source>
        <translation>перерыв</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="96"/>
        <source>infusion ends</source>
        <translation>конец инфузии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="98"/>
        <source>fixed dose</source>
        <translation>фиксированная доза</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="99"/>
        <source>BSA-based dose</source>
        <translation>доза по ППТ</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="101"/>
        <source>positive</source>
        <translation>положительный</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="102"/>
        <source>negative</source>
        <translation>отрицательный</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="103"/>
        <source>dim</source>
        <translation>слабый</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="104"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="105"/>
        <source>flow cytometry</source>
        <translation>проточная цитометрия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="106"/>
        <source>PCR</source>
        <translation>ПЦР</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="107"/>
        <source>NGS</source>
        <translation>NGS</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="108"/>
        <source>no remission</source>
        <translation>нет ремиссии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="109"/>
        <source>blast-free hypoplastic marrow</source>
        <translation>гипопластический костный мозг без бластов</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="110"/>
        <source>progression</source>
        <translation>прогрессия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="111"/>
        <source>relapse</source>
        <translation>рецидив</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="112"/>
        <source>death</source>
        <translation>смерть</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="113"/>
        <source>matched related</source>
        <translation>совместимый родственный</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="114"/>
        <source>matched unrelated</source>
        <translation>совместимый неродственный</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="115"/>
        <source>mismatched unrelated</source>
        <translation>несовместимый неродственный</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="116"/>
        <source>haploidentical</source>
        <translation>гаплоидентичный</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="117"/>
        <source>cord blood</source>
        <translation>пуповинная кровь</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="118"/>
        <source>autologous</source>
        <translation>аутологичный</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="120"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="121"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="122"/>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="124"/>
        <source>entered</source>
        <translation>внесено</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="125"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="126"/>
        <source>corrected</source>
        <translation>исправлено</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="127"/>
        <source>marked entered in error</source>
        <translation>отмечено как ошибочное</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="128"/>
        <source>not given (superseded)</source>
        <translation>не введено (заменено)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/chart_models.py" line="130"/>
        <source>in force</source>
        <translation>действует</translation>
    </message>
</context>
<context>
    <name>_NotRecorded</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/history.py" line="224"/>
        <source>record</source>
        <translation>записать</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/history.py" line="225"/>
        <source>Not recorded yet: tick to record it</source>
        <translation>Пока не записано: отметьте, чтобы записать</translation>
    </message>
</context>
</TS>
