<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AdministratorHome</name>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="73"/>
        <source>You are signed in as an administrator: you manage the ward&apos;s accounts. Patient records are open to nurses, physicians and pharmacists only.</source>
        <translation>Вы вошли как администратор: вы управляете учётными записями отделения. Медицинские записи пациентов доступны только медсёстрам, врачам и фармацевтам.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="75"/>
        <source>Manage &amp;users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
</context>
<context>
    <name>ChartPlaceholder</name>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="49"/>
        <source>The chart of {patient} is not available in this version.</source>
        <translation>Карта пациента {patient} недоступна в этой версии.</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/users.py" line="32"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/users.py" line="41"/>
        <source>Password again: the two passwords are not the same</source>
        <translation>Пароль ещё раз: пароли не совпадают</translation>
    </message>
    <message>
        <location filename="../../ui/create_user.ui" line="6"/>
        <source>Create a user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/create_user.ui" line="17"/>
        <source>&amp;User name *</source>
        <translation>&amp;Имя пользователя *</translation>
    </message>
    <message>
        <location filename="../../ui/create_user.ui" line="34"/>
        <source>&amp;Full name *</source>
        <translation>&amp;ФИО *</translation>
    </message>
    <message>
        <location filename="../../ui/create_user.ui" line="47"/>
        <source>&amp;Role *</source>
        <translation>&amp;Роль *</translation>
    </message>
    <message>
        <location filename="../../ui/create_user.ui" line="60"/>
        <source>&amp;Password *</source>
        <translation>&amp;Пароль *</translation>
    </message>
    <message>
        <location filename="../../ui/create_user.ui" line="77"/>
        <source>Password &amp;again *</source>
        <translation>Пароль ещё &amp;раз *</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <location filename="../../blinadesk/gui/widgets/idle_lock.py" line="81"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/first_admin.py" line="25"/>
        <source>Create administrator</source>
        <translation>Создать администратора</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/first_admin.py" line="35"/>
        <source>Password again: the two passwords are not the same</source>
        <translation>Пароль ещё раз: пароли не совпадают</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="6"/>
        <source>Create the first administrator</source>
        <translation>Создание первого администратора</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="12"/>
        <source>This record has no users yet. Create the administrator account: it creates the accounts of the nurses, physicians and pharmacists, and does not see patient data itself.</source>
        <translation>В этой базе ещё нет пользователей. Создайте учётную запись администратора: он создаёт учётные записи медсестёр, врачей и фармацевтов и сам не видит данных пациентов.</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="27"/>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="40"/>
        <source>&amp;Full name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="53"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="70"/>
        <source>Password &amp;again</source>
        <translation>Пароль ещё &amp;раз</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../blinadesk/gui/widgets/idle_lock.py" line="120"/>
        <source>Signed in: {name} ({role}). Type your password to go on, or sign out so that someone else can sign in.</source>
        <translation>Вход выполнен: {name} ({role}). Введите пароль, чтобы продолжить, или выйдите, чтобы мог войти другой сотрудник.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="6"/>
        <source>Screen locked</source>
        <translation>Экран заблокирован</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="12"/>
        <source>The screen is locked</source>
        <translation>Экран заблокирован</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="34"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="70"/>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="77"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="225"/>
        <source>blinadesk — ward record</source>
        <translation>blinadesk — журнал отделения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="226"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="227"/>
        <source>&amp;Ward</source>
        <translation>&amp;Отделение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="228"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="229"/>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="230"/>
        <source>&amp;Patients</source>
        <translation>&amp;Пациенты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="231"/>
        <source>&amp;Find patient</source>
        <translation>&amp;Найти пациента</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="232"/>
        <source>&amp;Register patient…</source>
        <translation>&amp;Зарегистрировать пациента…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="233"/>
        <source>Manage &amp;users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="236"/>
        <source>Switch to &amp;Russian</source>
        <translation>Переключить на &amp;русский</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="238"/>
        <source>Switch to &amp;English</source>
        <translation>Переключить на &amp;английский</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="239"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="240"/>
        <source>&amp;Lock screen</source>
        <translation>&amp;Заблокировать экран</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="241"/>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="242"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход из программы</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="243"/>
        <source>&amp;Close chart</source>
        <translation>&amp;Закрыть карту</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="244"/>
        <source>&amp;About blinadesk</source>
        <translation>&amp;О программе blinadesk</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="246"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="248"/>
        <source>Patients</source>
        <translation>Пациенты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="250"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="251"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="254"/>
        <source>Signed in: {name} ({role})</source>
        <translation>Пользователь: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="256"/>
        <source>Record: {location}</source>
        <translation>База: {location}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="257"/>
        <source>DEMO — fictitious patients</source>
        <translation>ДЕМО — вымышленные пациенты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="345"/>
        <source>&lt;h3&gt;blinadesk {version}&lt;/h3&gt;&lt;p&gt;Blinatumomab treatment tracking for B-ALL wards. It follows the label edition each course was planned under; it does not replace the label or clinical judgement.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;blinadesk {version}&lt;/h3&gt;&lt;p&gt;Учёт терапии блинатумомабом в отделениях, где лечат В-ОЛЛ. Программа следует редакции инструкции, по которой спланирован каждый курс; она не заменяет инструкцию и клиническое суждение.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="348"/>
        <source>Label editions loaded:</source>
        <translation>Загруженные редакции инструкции:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="349"/>
        <source>About blinadesk</source>
        <translation>О программе blinadesk</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/measurement.py" line="33"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/measurement.py" line="58"/>
        <source>Saved, with warnings:</source>
        <translation>Сохранено, но есть предупреждения:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/measurement.py" line="62"/>
        <source>I have read this — close</source>
        <translation>Прочитано — закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/measurement.ui" line="6"/>
        <source>Record weight and height</source>
        <translation>Вес и рост</translation>
    </message>
    <message>
        <location filename="../../ui/measurement.ui" line="24"/>
        <source>Measured &amp;on *</source>
        <translation>Дата &amp;измерения *</translation>
    </message>
    <message>
        <location filename="../../ui/measurement.ui" line="37"/>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/measurement.ui" line="44"/>
        <source>&amp;Weight, kg *</source>
        <translation>&amp;Вес, кг *</translation>
    </message>
    <message>
        <location filename="../../ui/measurement.ui" line="57"/>
        <source>&amp;Height, cm</source>
        <translation>&amp;Рост, см</translation>
    </message>
    <message>
        <location filename="../../ui/measurement.ui" line="72"/>
        <source>Leave the height empty if it was not measured today: the latest height is used.</source>
        <translation>Оставьте рост пустым, если сегодня его не измеряли: будет использован последний измеренный рост.</translation>
    </message>
</context>
<context>
    <name>PatientsModel</name>
    <message>
        <location filename="../../blinadesk/gui/models/patients_model.py" line="70"/>
        <source>MRN</source>
        <translation>№ карты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/patients_model.py" line="70"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/patients_model.py" line="70"/>
        <source>Birth date (age)</source>
        <translation>Дата рождения (возраст)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/patients_model.py" line="70"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/patients_model.py" line="71"/>
        <source>Ph</source>
        <translation>Ph</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/patients_model.py" line="71"/>
        <source>CD19</source>
        <translation>CD19</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/patients_model.py" line="88"/>
        <source>{date} ({age} y)</source>
        <translation>{date} ({age} л.)</translation>
    </message>
</context>
<context>
    <name>PatientsScreen</name>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="154"/>
        <source>&amp;Find:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="155"/>
        <source>MRN or name (family, given), e.g. “Иванов” or “BD-0”</source>
        <translation>№ карты или ФИО (фамилия, имя), например «Иванов» или «BD-0»</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="156"/>
        <source>All patients</source>
        <translation>Все пациенты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="157"/>
        <source>On treatment now</source>
        <translation>Сейчас на терапии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="158"/>
        <source>&amp;Register patient…</source>
        <translation>&amp;Зарегистрировать пациента…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="159"/>
        <source>Record &amp;weight and height…</source>
        <translation>&amp;Вес и рост…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="160"/>
        <source>&amp;Open chart</source>
        <translation>&amp;Открыть карту</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="203"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="224"/>
        <source>No patient found.</source>
        <translation>Пациенты не найдены.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="226"/>
        <source>First {count} patients shown; scroll for more.</source>
        <translation>Показаны первые {count}; прокрутите, чтобы увидеть остальных.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="228"/>
        <source>{count} patients</source>
        <translation>Пациентов: {count}</translation>
    </message>
</context>
<context>
    <name>RegisterPatientDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/register_patient.py" line="25"/>
        <source>— not recorded —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/register_patient.py" line="36"/>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="6"/>
        <source>Register a patient</source>
        <translation>Регистрация пациента</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="12"/>
        <source>Fields marked * are required. The MRN is the hospital&apos;s medical record number.</source>
        <translation>Поля со звёздочкой * обязательны. № карты — номер медицинской карты в больнице.</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="27"/>
        <source>&amp;MRN *</source>
        <translation>№ &amp;карты *</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="44"/>
        <source>&amp;Family name *</source>
        <translation>&amp;Фамилия *</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="57"/>
        <source>&amp;Given name(s) *</source>
        <translation>&amp;Имя (и отчество) *</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="70"/>
        <source>&amp;Birth date *</source>
        <translation>Дата &amp;рождения *</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="83"/>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="90"/>
        <source>&amp;Sex</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="103"/>
        <source>P&amp;h status</source>
        <translation>P&amp;h-статус</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="116"/>
        <source>&amp;CD19 status</source>
        <translation>&amp;CD19-статус</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="129"/>
        <source>Prior &amp;HSCT</source>
        <translation>&amp;ТГСК в анамнезе</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="139"/>
        <source>Had a stem cell transplant before</source>
        <translation>Ранее была трансплантация гемопоэтических стволовых клеток</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="146"/>
        <source>Marrow blasts at start, &amp;%</source>
        <translation>&amp;Бласты в костном мозге до начала, %</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="159"/>
        <source>Diagnosis &amp;notes</source>
        <translation>&amp;Примечания к диагнозу</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/settings_dialog.py" line="22"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="6"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="17"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="30"/>
        <source>Lock the screen &amp;after</source>
        <translation>&amp;Блокировать экран через</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="52"/>
        <source>After this many minutes without a key press or mouse movement, the screen hides patient data until the password is typed again.</source>
        <translation>Если столько минут не нажимать клавиши и не двигать мышь, экран скроет данные пациентов до повторного ввода пароля.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/sign_in.py" line="42"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/sign_in.py" line="43"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="6"/>
        <source>Sign in to blinadesk</source>
        <translation>Вход в blinadesk</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="12"/>
        <source>Sign in with your ward account.</source>
        <translation>Войдите под своей учётной записью отделения.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="27"/>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="44"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="70"/>
        <source>Demo accounts (fictitious ward, for training only)</source>
        <translation>Демо-учётные записи (вымышленное отделение, только для обучения)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="76"/>
        <source>Double-click an account to fill in its user name and password.</source>
        <translation>Дважды щёлкните учётную запись, чтобы подставить имя пользователя и пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="93"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="98"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="103"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../blinadesk/gui/app.py" line="111"/>
        <source>Building the demo ward (fictitious patients)… this takes about half a minute.</source>
        <translation>Создаётся демо-отделение (вымышленные пациенты)… это займёт около полуминуты.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/app.py" line="119"/>
        <source>Opening the record and checking it…</source>
        <translation>Открытие и проверка базы…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/app.py" line="160"/>
        <source>The record cannot be opened</source>
        <translation>Не удаётся открыть базу</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../blinadesk/gui/tasks.py" line="84"/>
        <source>Something went wrong inside blinadesk ({kind}). Nothing was changed by the failed step.</source>
        <translation>Внутренняя ошибка blinadesk ({kind}). Неудавшееся действие ничего не изменило.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/tasks.py" line="88"/>
        <source>Details were written to {path}.</source>
        <translation>Подробности записаны в {path}.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/tasks.py" line="179"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../blinadesk/gui/windows/today.py" line="106"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/today.py" line="107"/>
        <source>Reload the worklist (F5)</source>
        <translation>Обновить список (F5)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/today.py" line="108"/>
        <source>No patient is infusing today.</source>
        <translation>Сегодня нет пациентов на инфузии.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/today.py" line="145"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/today.py" line="146"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/today.py" line="148"/>
        <source>Today, {date}</source>
        <translation>Сегодня, {date}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/today.py" line="149"/>
        <source>{count} infusing, {alerts} with alerts · updated {time}</source>
        <translation>На инфузии: {count}, с тревогами: {alerts} · обновлено в {time}</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/users.py" line="107"/>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/users.py" line="108"/>
        <source>New password for {user} (tell it to them in person):</source>
        <translation>Новый пароль для {user} (сообщите его лично):</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/users.py" line="118"/>
        <source>Unlock account</source>
        <translation>Разблокировать учётную запись</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/users.py" line="119"/>
        <source>Why is {user} unlocked early?</source>
        <translation>Почему {user} разблокирован досрочно?</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/users.py" line="129"/>
        <source>Deactivate account</source>
        <translation>Отключить учётную запись</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/users.py" line="130"/>
        <source>Why is {user} deactivated? (They can no longer sign in.)</source>
        <translation>Почему учётная запись {user} отключается? (Войти с ней будет нельзя.)</translation>
    </message>
    <message>
        <location filename="../../ui/users.ui" line="6"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../ui/users.ui" line="12"/>
        <source>Accounts of this ward. A deactivated account can no longer sign in; it stays in the record, which names it.</source>
        <translation>Учётные записи отделения. С отключённой учётной записью войти нельзя; она остаётся в базе, где записаны её действия.</translation>
    </message>
    <message>
        <location filename="../../ui/users.ui" line="34"/>
        <source>&amp;Create user…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location filename="../../ui/users.ui" line="41"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Сбросить пароль…</translation>
    </message>
    <message>
        <location filename="../../ui/users.ui" line="48"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Разблокировать…</translation>
    </message>
    <message>
        <location filename="../../ui/users.ui" line="55"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Отключить…</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../blinadesk/gui/models/users_model.py" line="42"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/users_model.py" line="42"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/users_model.py" line="42"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/users_model.py" line="42"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/users_model.py" line="57"/>
        <source>deactivated</source>
        <translation>отключена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/users_model.py" line="59"/>
        <source>locked until {when}</source>
        <translation>заблокирована до {when}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/users_model.py" line="60"/>
        <source>active</source>
        <translation>активна</translation>
    </message>
</context>
<context>
    <name>WardWords</name>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="33"/>
        <source>nurse</source>
        <translation>медсестра</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="34"/>
        <source>physician</source>
        <translation>врач</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="35"/>
        <source>pharmacist</source>
        <translation>фармацевт</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="36"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="44"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="45"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="46"/>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="47"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="48"/>
        <source>positive</source>
        <translation>положительный</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="49"/>
        <source>negative</source>
        <translation>отрицательный</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="50"/>
        <source>dim</source>
        <translation>слабый (dim)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="57"/>
        <source>induction</source>
        <translation>индукция</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="58"/>
        <source>consolidation</source>
        <translation>консолидация</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="59"/>
        <source>continued therapy</source>
        <translation>продолжение терапии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="60"/>
        <source>MRD</source>
        <translation>МОБ</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="68"/>
        <source>Fever grade {0}</source>
        <translation>Лихорадка, степень {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="70"/>
        <source>CRS grade {0}</source>
        <translation>СВЦ, степень {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="72"/>
        <source>ICANS grade {0}</source>
        <translation>ICANS, степень {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="73"/>
        <source>Seizure</source>
        <translation>Судороги</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="75"/>
        <source>Bag change overdue since {0}</source>
        <translation>Смена пакета просрочена с {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="77"/>
        <source>Stale weight for a BSA dose: last weighed {0}</source>
        <translation>Устаревший вес для дозы по ППТ: последнее взвешивание {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="79"/>
        <source>Weight {0} kg differs by {1} % from the {2} kg the dose was computed from</source>
        <translation>Вес {0} кг отличается на {1} % от {2} кг, по которым рассчитана доза</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="82"/>
        <source>Label edition {0} is not installed: doses cannot be checked</source>
        <translation>Редакция инструкции {0} не установлена: дозы проверить нельзя</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="86"/>
        <source>no bag hanging is recorded</source>
        <translation>не внесён установленный пакет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="87"/>
        <source>no observation today</source>
        <translation>нет наблюдений за сегодня</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="88"/>
        <source>no weight recorded</source>
        <translation>вес не внесён</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="90"/>
        <source>no weight within {0} days (last {1})</source>
        <translation>нет веса за {0} дн. (последний {1})</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="81"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="81"/>
        <source>MRN</source>
        <translation>№ карты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="81"/>
        <source>Cycle / day</source>
        <translation>Цикл / день</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="82"/>
        <source>Dose, mcg/day</source>
        <translation>Доза, мкг/сут</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="82"/>
        <source>Bag change due</source>
        <translation>Смена пакета</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="82"/>
        <source>Premedication due</source>
        <translation>Премедикация</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="83"/>
        <source>Hospital / supervision</source>
        <translation>Стационар / наблюдение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="83"/>
        <source>Missing today</source>
        <translation>Не внесено сегодня</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="81"/>
        <source>Alerts</source>
        <translation>Тревоги</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="107"/>
        <source>{name}, {age} y</source>
        <translation>{name}, {age} л.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="114"/>
        <source>paused</source>
        <translation>приостановлена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="130"/>
        <source>C{cycle} · starts today</source>
        <translation>Ц{cycle} · начало сегодня</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="131"/>
        <source>C{cycle} · day {day}</source>
        <translation>Ц{cycle} · день {day}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="133"/>
        <source>interrupted since {time}</source>
        <translation>прервана с {time}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="144"/>
        <source>OVERDUE since {when}</source>
        <translation>ПРОСРОЧЕНА с {when}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="146"/>
        <source>today {when}</source>
        <translation>сегодня в {when}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="148"/>
        <source>tomorrow {when}</source>
        <translation>завтра в {when}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="156"/>
        <source>{line} — given</source>
        <translation>{line} — введено</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="158"/>
        <source>{line} (provisional rule)</source>
        <translation>{line} (предварительное правило)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="165"/>
        <source>in hospital, day {day} of {days}</source>
        <translation>в стационаре, день {day} из {days}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="168"/>
        <source>supervision due</source>
        <translation>нужно наблюдение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="173"/>
        <source>Cycle {cycle} ({phase}), {indication}, label {label}; {hours} h infused</source>
        <translation>Цикл {cycle} ({phase}), {indication}, инструкция {label}; введено за {hours} ч</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="177"/>
        <source>{dose} mcg/m²/day</source>
        <translation>{dose} мкг/м²/сут</translation>
    </message>
</context>
</TS>
