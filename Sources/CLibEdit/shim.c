#include "CLibEdit.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

// MARK: Locale

int claimsh_configure_utf8_locale(void) {
    setlocale(LC_CTYPE, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) {
        return 1;
    }
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) {
        return 0;
    }
    codeset = nl_langinfo(CODESET);
    return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

// MARK: Interrupts

// The one piece of process-wide state a signal handler may touch.
static volatile sig_atomic_t interrupt_flag = 0;

static void on_interrupt(int signal_number) {
    (void)signal_number;
    interrupt_flag = 1;
}

void claimsh_install_interrupt_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a blocking read returns EINTR
    sigaction(SIGINT, &action, NULL);
}

int claimsh_interrupt_pending(void) { return interrupt_flag != 0; }
void claimsh_clear_interrupt(void) { interrupt_flag = 0; }
void claimsh_mark_interrupt(void) { interrupt_flag = 1; }
void claimsh_ignore_sigpipe(void) { signal(SIGPIPE, SIG_IGN); }

// MARK: Terminal

int claimsh_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}

int claimsh_terminal_rows(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_row;
}

// MARK: Completion bridge

// libedit's callbacks carry no context pointer, so the shim keeps the provider here.
static claimsh_completion_provider completion_provider = NULL;
static void *completion_context = NULL;
static char **pending_matches = NULL;

static char *next_pending_match(const char *text, int state) {
    (void)text;
    if (pending_matches == NULL) return NULL;
    char *match = pending_matches[state];
    if (match == NULL) {
        free(pending_matches);
        pending_matches = NULL;
    }
    return match; // ownership passes to libedit
}

static char **attempted_completion(const char *text, int start, int end) {
    rl_attempted_completion_over = 1; // never fall back to file names
    if (completion_provider == NULL) return NULL;
    int append = ' ';
    char **matches = completion_provider(completion_context, rl_line_buffer, end, start, &append);
    if (matches == NULL) return NULL;
    if (matches[0] == NULL) {
        free(matches);
        return NULL;
    }
    rl_completion_append_character = append;
    pending_matches = matches;
    return rl_completion_matches(text, next_pending_match);
}

// MARK: Input

// The size the line was last drawn at, so only a real resize redraws.
static struct winsize drawn_size;

/// libedit's own SIGWINCH handler takes the new size but redraws nothing until the next key. Redraw now: back to
/// the line's first column, clear below, and let libedit draw prompt and line afresh (it then assumes the cursor
/// is at the line's start). A line that had wrapped onto rows above keeps those rows on screen.
static void redraw_if_resized(void) {
    FILE *out = rl_outstream != NULL ? rl_outstream : stdout;
    struct winsize size;
    if (ioctl(fileno(out), TIOCGWINSZ, &size) != 0) return;
    if (size.ws_col == drawn_size.ws_col && size.ws_row == drawn_size.ws_row) return;
    drawn_size = size;
    const char *term = getenv("TERM");
    if (term == NULL || strcmp(term, "dumb") == 0) return;
    fputs("\r\033[J", out);
    fflush(out);
    rl_forced_update_display();
}

static int read_byte(int descriptor, unsigned char *byte) {
    for (;;) {
        ssize_t count = read(descriptor, byte, 1);
        if (count == 1) return 1;
        if (count < 0 && errno == EINTR) {
            if (interrupt_flag) return -2;
            redraw_if_resized();
            continue; // SIGWINCH and friends: keep reading
        }
        return -1;
    }
}

/// libedit's character source. Ctrl-C (the flag) ends the line as Enter would, so readline()
/// returns at once and the shell discards the line; libedit alone would retry the read. Bytes are
/// decoded from UTF-8 here because libedit takes what this returns as a wide character.
static int read_character(FILE *stream) {
    int descriptor = fileno(stream);
    unsigned char first;
    int status = read_byte(descriptor, &first);
    if (status == -2) return '\n';
    if (status < 0) return -1;
    int extra = first < 0x80 ? 0 : (first & 0xE0) == 0xC0 ? 1 : (first & 0xF0) == 0xE0 ? 2 : (first & 0xF8) == 0xF0 ? 3 : -1;
    if (extra < 0) return 0xFFFD;
    int value = extra == 0 ? first : extra == 1 ? (first & 0x1F) : extra == 2 ? (first & 0x0F) : (first & 0x07);
    for (int index = 0; index < extra; index++) {
        unsigned char next;
        status = read_byte(descriptor, &next);
        if (status == -2) return '\n';
        if (status < 0) return -1;
        if ((next & 0xC0) != 0x80) return 0xFFFD;
        value = (value << 6) | (next & 0x3F);
    }
    return value;
}

void claimsh_editor_setup(const char *program_name, claimsh_completion_provider provider,
                          void *context) {
    rl_readline_name = program_name;
    rl_getc_function = read_character;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &drawn_size) != 0) memset(&drawn_size, 0, sizeof drawn_size);
    completion_provider = provider;
    completion_context = context;
    rl_attempted_completion_function = attempted_completion;
    // Word breaks for a query language: quotes, brackets, operators and separators.
    rl_basic_word_break_characters = " \t\n\"'()=<>!,;";
    rl_initialize();
}

char *claimsh_editor_readline(const char *prompt) { return readline(prompt); }
void claimsh_free(void *pointer) { free(pointer); }

// MARK: History

void claimsh_history_stifle(int limit) { stifle_history(limit); }
int claimsh_history_read(const char *path) { return read_history(path); }
int claimsh_history_write(const char *path) { return write_history(path); }
void claimsh_history_add(const char *line) { add_history(line); }
int claimsh_history_length(void) { return history_length; }

const char *claimsh_history_entry(int index) {
    HIST_ENTRY *entry = history_get(history_base + index);
    return entry ? entry->line : NULL;
}
