;;; driver.el --- what a user does in Emacs with the docs/editors.md recipe  -*- lexical-binding: t -*-
;; Loaded by emacs.test.ts in `emacs --batch` after the recipe itself (extracted from
;; docs/editors.md, unchanged). For each file in SR_FILES (colon-separated), in order: open it,
;; `M-x eglot' unless a server already manages the buffer, wait for the diagnostics flymake
;; shows, complete after `$Token{SEN' with `completion-at-point' (what M-TAB does), ask the hover
;; eldoc shows over the first `STRIPE_KY', and write it all to SR_OUT, one line each:
;;   file NAME MODE SERVER-MODES | diagnostic NAME LINE TYPE TEXT | completed NAME LINE-TEXT
;;   hover NAME TEXT | error NAME TEXT

;; An interactive Emacs activates the installed packages (Debian's elpa-eglot, elpa-yaml-mode)
;; at startup; batch mode does not.
(package-activate-all)
(require 'eglot)

(defun sr-out (fmt &rest args)
  "Append a line to SR_OUT at once, so that what came before a failure is kept."
  (let ((line (concat (replace-regexp-in-string "\n" " | " (apply #'format fmt args)) "\n")))
    (write-region line nil (getenv "SR_OUT") 'append 'quiet)))

(defun sr-wait (what pred seconds)
  "Run the event loop until PRED is non-nil; note WHAT timed out after SECONDS."
  (or (with-timeout (seconds nil)
        (while (not (funcall pred)) (accept-process-output nil 0.05))
        t)
      (progn (sr-out "error %s timed out waiting for %s" (buffer-name) what) nil)))

(dolist (file (split-string (getenv "SR_FILES") ":" t))
  (find-file file)
  ;; The command loop runs this after C-x C-f; flymake starts its deferred first check here.
  (run-hooks 'post-command-hook)
  (let ((name (file-name-nondirectory file)))
    (condition-case err
        (progn
          (unless (eglot-current-server)
            (call-interactively #'eglot)
            ;; eglot waits for the server's answer only until any process prints (the other
            ;; servers do), then goes on connecting in the background.
            (sr-wait "eglot to connect" (lambda () eglot--managed-mode) 30)
            ;; The user's next keystroke: flymake, turned on by eglot, starts its check here.
            (run-hooks 'post-command-hook))
          (sr-out "file %s %s %s" name major-mode (eglot--major-modes (eglot-current-server)))
          (when (sr-wait "diagnostics" #'flymake-diagnostics 30)
            (dolist (d (flymake-diagnostics))
              (sr-out "diagnostic %s %d %s %s" name (line-number-at-pos (flymake-diagnostic-beg d))
                      (flymake-diagnostic-type d) (flymake-diagnostic-text d))))
          (goto-char (point-min))
          (when (search-forward "$Token{SEN" nil t)
            (completion-at-point)
            (sr-out "completed %s %s" name (buffer-substring (line-beginning-position) (line-end-position))))
          (goto-char (point-min))
          (when (search-forward "STRIPE_K" nil t)
            (let (info)
              (eglot-hover-eldoc-function (lambda (doc &rest _) (setq info (or doc 'none))))
              (when (sr-wait "hover" (lambda () info) 20)
                (sr-out "hover %s %s" name info)))))
      (error (sr-out "error %s %s" name (error-message-string err))))))

(eglot-shutdown-all)
(kill-emacs 0)
