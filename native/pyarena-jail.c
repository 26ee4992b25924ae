/*
 * pyarena-jail: the trusted launcher that sits between Node and bubblewrap.
 *
 * Node cannot set rlimits on a child, switch its uid, or read the rusage of a whole process
 * tree, so this small program does exactly those things and nothing else:
 *   - drops to a per-slot non-root uid/gid when started as root (RLIMIT_NPROC is per uid);
 *   - sets RLIMIT_CPU, RLIMIT_AS, RLIMIT_NPROC, RLIMIT_FSIZE, RLIMIT_NOFILE, RLIMIT_CORE=0;
 *     the CPU limit is soft (SIGXCPU, which kills Python) with the hard limit (SIGKILL) one
 *     second later, so that a CPU-limit death is recognisable even when the kernel's tick-sampled
 *     CPU clock runs ahead of the precise time that rusage reports;
 *   - forbids changing the disposition of SIGCHLD (seccomp), because a parent that ignores
 *     SIGCHLD or sets SA_NOCLDWAIT has its children reaped by the kernel, and the CPU time of a
 *     child nobody waits for is never added to any rusage: a candidate could otherwise farm its
 *     work out to short-lived children, each under its own RLIMIT_CPU, and report almost nothing;
 *     the same filter refuses System V shared memory (shmget), whose segments outlive every
 *     mapping and so hold memory that no RLIMIT_AS ever counts;
 *   - kills the whole tree after a wall-clock deadline (bubblewrap's --die-with-parent and the
 *     PID namespace take every descendant with it);
 *   - reports exit status, CPU time and peak RSS of the tree (getrusage of children) as one JSON line on the
 *     status fd, which the sandboxed program never holds.
 *
 * Usage: pyarena-jail [--uid N --gid N] [--cpu S] [--as BYTES] [--nproc N]
 *                     [--fsize BYTES] [--nofile N] [--wall-ms N] [--status-fd N] -- PROGRAM ARGS...
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t wall_killed = 0;
static volatile sig_atomic_t stop_requested = 0;
static volatile pid_t child_pid = 0;

/* SIGALRM: the wall-clock deadline passed. SIGTERM: Node asks to stop (output cap, abort). */
static void on_signal(int sig) {
  if (sig == SIGALRM) wall_killed = 1;
  else stop_requested = 1;
  if (child_pid > 0) {
    kill(-child_pid, SIGKILL);
    kill(child_pid, SIGKILL);
  }
}

/* SIGKILL every direct child; as a subreaper, every orphan of the tree is a direct child. */
static void kill_children(void) {
  char path[64];
  snprintf(path, sizeof path, "/proc/self/task/%d/children", (int)getpid());
  FILE *f = fopen(path, "r");
  if (!f) return;
  int pid;
  while (fscanf(f, "%d", &pid) == 1) kill(pid, SIGKILL);
  fclose(f);
}

static void die(const char *what) {
  fprintf(stderr, "pyarena-jail: %s: %s\n", what, strerror(errno));
  _exit(125);
}

static void set_limit(int resource, unsigned long long value) {
  struct rlimit rl = {(rlim_t)value, (rlim_t)value};
  if (setrlimit(resource, &rl) != 0) die("setrlimit");
}

static void set_limits(int resource, unsigned long long soft, unsigned long long hard) {
  struct rlimit rl = {(rlim_t)soft, (rlim_t)hard};
  if (setrlimit(resource, &rl) != 0) die("setrlimit");
}

#if defined(__x86_64__)
#define JAIL_AUDIT_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define JAIL_AUDIT_ARCH AUDIT_ARCH_AARCH64
#endif

#ifdef JAIL_AUDIT_ARCH
/* Low and high 32 bits of a syscall argument (little-endian). */
#define ARG_LO(n) ((unsigned)(offsetof(struct seccomp_data, args) + (n) * sizeof(__u64)))
#define ARG_HI(n) (ARG_LO(n) + 4)

/*
 * rt_sigaction(SIGCHLD, act != NULL, ...) fails with EPERM: no process in the tree can ignore
 * SIGCHLD, set SA_NOCLDWAIT or install a handler, so every child is reaped by a wait() and its CPU
 * time reaches the launcher's rusage. Querying the disposition (act == NULL) stays allowed.
 * shmget fails with EPERM: a System V segment keeps its memory after shmdt, outside RLIMIT_AS,
 * until the IPC namespace ends (the kernel's defaults allow terabytes).
 * System calls of another ABI (i386 through int 0x80, x32) are refused: they could name the
 * same calls by other numbers.
 */
static void install_seccomp_filter(void) {
  struct sock_filter filter[] = {
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, JAIL_AUDIT_ARCH, 1, 0),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
#if defined(__x86_64__)
    BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000U /* __X32_SYSCALL_BIT */, 0, 1),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
#endif
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_shmget, 0, 1),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_rt_sigaction, 0, 7),
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, ARG_LO(0)),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SIGCHLD, 0, 5),
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, ARG_LO(1)),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 2),
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, ARG_HI(1)),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 1, 0),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  struct sock_fprog program = {(unsigned short)(sizeof filter / sizeof filter[0]), filter};
  /* As root this needs no no_new_privs (so a setuid bwrap still works); otherwise it does. */
  if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program) == 0) return;
  if (errno != EACCES) die("seccomp");
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) die("no_new_privs");
  if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program) != 0) die("seccomp");
}
#else
#warning "pyarena-jail: no seccomp filter for this architecture (auto-reaped children, System V shared memory)"
static void install_seccomp_filter(void) {}
#endif

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
  long uid = -1, gid = -1, nproc = 0, nofile = 0, wall_ms = 0, status_fd = -1;
  unsigned long long cpu = 0, as = 0, fsize = 0;
  int i = 1;

  for (; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0) { i++; break; }
    if (i + 1 >= argc) { fprintf(stderr, "pyarena-jail: %s needs a value\n", a); return 125; }
    const char *v = argv[++i];
    if (strcmp(a, "--uid") == 0) uid = atol(v);
    else if (strcmp(a, "--gid") == 0) gid = atol(v);
    else if (strcmp(a, "--cpu") == 0) cpu = strtoull(v, NULL, 10);
    else if (strcmp(a, "--as") == 0) as = strtoull(v, NULL, 10);
    else if (strcmp(a, "--nproc") == 0) nproc = atol(v);
    else if (strcmp(a, "--fsize") == 0) fsize = strtoull(v, NULL, 10);
    else if (strcmp(a, "--nofile") == 0) nofile = atol(v);
    else if (strcmp(a, "--wall-ms") == 0) wall_ms = atol(v);
    else if (strcmp(a, "--status-fd") == 0) status_fd = atol(v);
    else { fprintf(stderr, "pyarena-jail: unknown option %s\n", a); return 125; }
  }
  if (i >= argc) { fprintf(stderr, "pyarena-jail: no program given\n"); return 125; }

  /* If Node dies, so do we (and bubblewrap after us, through --die-with-parent). */
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() == 1) return 125;
  /* Orphans of the tree (bubblewrap's namespace init, when its monitor exits first) are
   * re-parented to us, so we reap them and their CPU time is counted. */
  prctl(PR_SET_CHILD_SUBREAPER, 1);

  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigaction(SIGALRM, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);

  double started = now_ms();
  pid_t pid = fork();
  if (pid < 0) die("fork");
  if (pid == 0) {
    setpgid(0, 0);
    /* The sandbox gets stdin, stdout, stderr and the observation channel (fd 3), nothing else. */
    if (syscall(SYS_close_range, 4U, ~0U, 0U) != 0) {
      for (int fd = 4; fd < 65536; fd++) close(fd);
    }
    install_seccomp_filter();
    if (geteuid() == 0 && uid > 0) {
      if (setgroups(0, NULL) != 0) die("setgroups");
      if (setgid((gid_t)(gid > 0 ? gid : uid)) != 0) die("setgid");
      if (setuid((uid_t)uid) != 0) die("setuid");
      if (setuid(0) == 0) { fprintf(stderr, "pyarena-jail: could not drop root\n"); _exit(125); }
    }
    set_limit(RLIMIT_CORE, 0);
    if (cpu) set_limits(RLIMIT_CPU, cpu, cpu + 1);
    if (as) set_limit(RLIMIT_AS, as);
    if (nproc) set_limit(RLIMIT_NPROC, (unsigned long long)nproc);
    if (fsize) set_limit(RLIMIT_FSIZE, fsize);
    if (nofile) set_limit(RLIMIT_NOFILE, (unsigned long long)nofile);
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigaction(SIGALRM, &dfl, NULL);
    sigaction(SIGTERM, &dfl, NULL);
    execv(argv[i], &argv[i]);
    die(argv[i]);
  }
  child_pid = pid;
  setpgid(pid, pid);
  if (stop_requested) kill(pid, SIGKILL);
  if (wall_ms > 0) {
    struct itimerval it;
    memset(&it, 0, sizeof it);
    it.it_value.tv_sec = wall_ms / 1000;
    it.it_value.tv_usec = (wall_ms % 1000) * 1000;
    setitimer(ITIMER_REAL, &it, NULL);
  }

  int status = 0;
  struct rusage ru; /* filled by getrusage(RUSAGE_CHILDREN) once everything is reaped */
  memset(&ru, 0, sizeof ru);
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) die("waitpid");
  }
  /* Anything left in the child's process group goes too; then reap every orphan we inherited. */
  kill(-pid, SIGKILL);
  struct itimerval off;
  memset(&off, 0, sizeof off);
  setitimer(ITIMER_REAL, &off, NULL);
  for (;;) {
    kill_children();
    pid_t gone = waitpid(-1, NULL, 0);
    if (gone < 0 && errno == EINTR) continue;
    if (gone < 0) break;
  }
  double wall = now_ms() - started;
  /* The whole tree: every descendant that was reaped, directly or through a reaper below us. */
  getrusage(RUSAGE_CHILDREN, &ru);

  double user_ms = ru.ru_utime.tv_sec * 1000.0 + ru.ru_utime.tv_usec / 1000.0;
  double sys_ms = ru.ru_stime.tv_sec * 1000.0 + ru.ru_stime.tv_usec / 1000.0;
  char line[512];
  int n = snprintf(line, sizeof line,
                   "{\"exit\":%d,\"signal\":%d,\"userMs\":%.3f,\"sysMs\":%.3f,\"maxRssKb\":%ld,\"wallMs\":%.3f,\"wallKilled\":%s,\"stopped\":%s}\n",
                   WIFEXITED(status) ? WEXITSTATUS(status) : -1, WIFSIGNALED(status) ? WTERMSIG(status) : 0,
                   user_ms, sys_ms, ru.ru_maxrss, wall, wall_killed ? "true" : "false",
                   stop_requested ? "true" : "false");
  if (status_fd >= 0 && n > 0) {
    ssize_t w = write((int)status_fd, line, (size_t)n);
    (void)w;
  }
  /* Pass the child's status through, as a shell would, for callers that only look at that. */
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
