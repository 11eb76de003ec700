;; The keyword pass of keywords.ts over UTF-8 bytes: the same automaton, laid into this memory by
;; keywordsWasm.ts. Every keyword and literal is ASCII and no byte of a multi-byte UTF-8 sequence
;; is, so stepping on bytes (all non-ASCII bytes in the class that leads back to the start) finds
;; exactly what stepping on the text's UTF-16 code units finds, at byte offsets (`utf16` maps them).
;;
;; A step is one load whose address depends on the load before: the loop waits on memory, not on
;; arithmetic. So the text is cut into four chains stepped side by side, each from the start state,
;; each but the first beginning as many bytes before its part as the longest keyword: from its part
;; on, its state is the one a single pass would be in (the longest suffix that is a keyword's
;; prefix), and it records from there. `scan4` steps them 16 bytes at a time: it copies each chain's
;; next 16 bytes to 192 + 16 × k and reads the classes from a copy of the class table at 256, so that
;; each of a step's three loads is at a fixed address plus one register (one instruction each, where
;; adding the chain's position cost one more): ~11% less time per byte.
;; Assembled into keywordScanWasm.ts by scripts/build-wasm.mjs (run by esbuild.js).
(module
  (memory (export "memory") 1)
  ;; Set for a text: each byte's class × 4 (256 bytes), the start of the transitions (each entry the
  ;; address of the next state's row, bitwise negated when that state has flags), log2 of a row's
  ;; bytes, the hits a chain may write before its caller takes them, the text, and the chains.
  (global $cls (export "cls") (mut i32) (i32.const 0))
  (global $base (export "base") (mut i32) (i32.const 0))
  (global $shift (export "shift") (mut i32) (i32.const 0))
  (global $cap (export "cap") (mut i32) (i32.const 0))
  (global $text (export "text") (mut i32) (i32.const 0))
  (global $chains (export "chains") (mut i32) (i32.const 0))
  ;; Set when a chain's hit list is full: the caller takes its hits, then calls again.
  (global $full (export "full") (mut i32) (i32.const 0))

  ;; A chain (48 bytes at $chains + 48 × k): 0 the next byte's address, 4 the end, 8 the row, 12 the
  ;; address from which it records, 16 hits written, 20 literal events written, 24 and 28 where its
  ;; hits' offsets and states go, 32 and 36 its literal events', 40 its copy of the states' flags
  ;; (1: keyword hits end there, 2: literals not seen yet in this chain, cleared when seen).

  ;; The step into a flagged state (`e` negated) on the byte before `p`: records it, returns the row.
  (func $flagged (param $c i32) (param $e i32) (param $p i32) (result i32)
    (local $row i32) (local $s i32) (local $f i32) (local $flags i32) (local $off i32) (local $n i32)
    (local.set $row (i32.xor (local.get $e) (i32.const -1)))
    (local.set $s (i32.shr_u (i32.sub (local.get $row) (global.get $base)) (global.get $shift)))
    (local.set $flags (i32.add (i32.load offset=40 (local.get $c)) (local.get $s)))
    (local.set $f (i32.load8_u (local.get $flags)))
    (if (i32.eqz (local.get $f)) (then (return (local.get $row))))
    (local.set $p (i32.sub (local.get $p) (i32.const 1)))
    ;; Before its part, a chain only finds its way into the right state.
    (if (i32.lt_u (local.get $p) (i32.load offset=12 (local.get $c))) (then (return (local.get $row))))
    (local.set $off (i32.sub (local.get $p) (global.get $text)))
    (if (i32.and (local.get $f) (i32.const 2))
      (then
        (local.set $n (i32.load offset=20 (local.get $c)))
        (i32.store (i32.add (i32.load offset=32 (local.get $c)) (i32.shl (local.get $n) (i32.const 2))) (local.get $off))
        (i32.store (i32.add (i32.load offset=36 (local.get $c)) (i32.shl (local.get $n) (i32.const 2))) (local.get $s))
        (i32.store offset=20 (local.get $c) (i32.add (local.get $n) (i32.const 1)))
        (i32.store8 (local.get $flags) (i32.and (local.get $f) (i32.const 1)))))
    (if (i32.and (local.get $f) (i32.const 1))
      (then
        (local.set $n (i32.load offset=16 (local.get $c)))
        (i32.store (i32.add (i32.load offset=24 (local.get $c)) (i32.shl (local.get $n) (i32.const 2))) (local.get $off))
        (i32.store (i32.add (i32.load offset=28 (local.get $c)) (i32.shl (local.get $n) (i32.const 2))) (local.get $s))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (i32.store offset=16 (local.get $c) (local.get $n))
        (if (i32.ge_u (local.get $n) (global.get $cap)) (then (global.set $full (i32.const 1))))))
    (local.get $row))

  ;; Steps the four chains side by side while each has bytes left. Returns 1 when it stopped because
  ;; a chain's hit list is full (call again once its hits are taken), else 0.
  (func (export "scan4") (result i32)
    (local $c0 i32) (local $c1 i32) (local $c2 i32) (local $c3 i32)
    (local $p0 i32) (local $p1 i32) (local $p2 i32) (local $p3 i32)
    (local $r0 i32) (local $r1 i32) (local $r2 i32) (local $r3 i32)
    (local $e0 i32) (local $e1 i32) (local $e2 i32) (local $e3 i32)
    (local $m i32) (local $end i32) (local $j i32)
    (local.set $c0 (global.get $chains))
    (local.set $c1 (i32.add (local.get $c0) (i32.const 48)))
    (local.set $c2 (i32.add (local.get $c0) (i32.const 96)))
    (local.set $c3 (i32.add (local.get $c0) (i32.const 144)))
    (local.set $p0 (i32.load (local.get $c0)))
    (local.set $p1 (i32.load (local.get $c1)))
    (local.set $p2 (i32.load (local.get $c2)))
    (local.set $p3 (i32.load (local.get $c3)))
    (local.set $r0 (i32.load offset=8 (local.get $c0)))
    (local.set $r1 (i32.load offset=8 (local.get $c1)))
    (local.set $r2 (i32.load offset=8 (local.get $c2)))
    (local.set $r3 (i32.load offset=8 (local.get $c3)))
    ;; As many steps as the shortest chain has left: chain 0 ends then.
    (local.set $m (i32.sub (i32.load offset=4 (local.get $c0)) (local.get $p0)))
    (local.set $m (select (local.get $m) (i32.sub (i32.load offset=4 (local.get $c1)) (local.get $p1))
      (i32.lt_s (local.get $m) (i32.sub (i32.load offset=4 (local.get $c1)) (local.get $p1)))))
    (local.set $m (select (local.get $m) (i32.sub (i32.load offset=4 (local.get $c2)) (local.get $p2))
      (i32.lt_s (local.get $m) (i32.sub (i32.load offset=4 (local.get $c2)) (local.get $p2)))))
    (local.set $m (select (local.get $m) (i32.sub (i32.load offset=4 (local.get $c3)) (local.get $p3))
      (i32.lt_s (local.get $m) (i32.sub (i32.load offset=4 (local.get $c3)) (local.get $p3)))))
    (local.set $end (i32.add (local.get $p0) (select (local.get $m) (i32.const 0) (i32.gt_s (local.get $m) (i32.const 0)))))
    (block $done
      (loop $blocks
        (br_if $done (i32.lt_s (i32.sub (local.get $end) (local.get $p0)) (i32.const 16)))
        ;; The chains' next 16 bytes at fixed addresses: each load below is then one instruction.
        (v128.store offset=192 (i32.const 0) (v128.load (local.get $p0)))
        (v128.store offset=208 (i32.const 0) (v128.load (local.get $p1)))
        (v128.store offset=224 (i32.const 0) (v128.load (local.get $p2)))
        (v128.store offset=240 (i32.const 0) (v128.load (local.get $p3)))
        (local.set $j (i32.const 0))
        (loop $next
          (local.set $e0 (i32.load (i32.add (local.get $r0) (i32.load8_u offset=256 (i32.load8_u offset=192 (local.get $j))))))
          (local.set $e1 (i32.load (i32.add (local.get $r1) (i32.load8_u offset=256 (i32.load8_u offset=208 (local.get $j))))))
          (local.set $e2 (i32.load (i32.add (local.get $r2) (i32.load8_u offset=256 (i32.load8_u offset=224 (local.get $j))))))
          (local.set $e3 (i32.load (i32.add (local.get $r3) (i32.load8_u offset=256 (i32.load8_u offset=240 (local.get $j))))))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (local.set $r0 (local.get $e0))
          (local.set $r1 (local.get $e1))
          (local.set $r2 (local.get $e2))
          (local.set $r3 (local.get $e3))
          (if (i32.lt_s (i32.or (i32.or (local.get $e0) (local.get $e1)) (i32.or (local.get $e2) (local.get $e3))) (i32.const 0))
            (then
              (if (i32.lt_s (local.get $e0) (i32.const 0))
                (then (local.set $r0 (call $flagged (local.get $c0) (local.get $e0) (i32.add (local.get $p0) (local.get $j))))))
              (if (i32.lt_s (local.get $e1) (i32.const 0))
                (then (local.set $r1 (call $flagged (local.get $c1) (local.get $e1) (i32.add (local.get $p1) (local.get $j))))))
              (if (i32.lt_s (local.get $e2) (i32.const 0))
                (then (local.set $r2 (call $flagged (local.get $c2) (local.get $e2) (i32.add (local.get $p2) (local.get $j))))))
              (if (i32.lt_s (local.get $e3) (i32.const 0))
                (then (local.set $r3 (call $flagged (local.get $c3) (local.get $e3) (i32.add (local.get $p3) (local.get $j))))))))
          (br_if $next (i32.lt_u (local.get $j) (i32.const 16))))
        (local.set $p0 (i32.add (local.get $p0) (i32.const 16)))
        (local.set $p1 (i32.add (local.get $p1) (i32.const 16)))
        (local.set $p2 (i32.add (local.get $p2) (i32.const 16)))
        (local.set $p3 (i32.add (local.get $p3) (i32.const 16)))
        ;; A full hit list stops the pass only between blocks: a block adds at most 16 hits to a chain.
        (br_if $blocks (i32.eqz (global.get $full)))))
    (i32.store (local.get $c0) (local.get $p0))
    (i32.store (local.get $c1) (local.get $p1))
    (i32.store (local.get $c2) (local.get $p2))
    (i32.store (local.get $c3) (local.get $p3))
    (i32.store offset=8 (local.get $c0) (local.get $r0))
    (i32.store offset=8 (local.get $c1) (local.get $r1))
    (i32.store offset=8 (local.get $c2) (local.get $r2))
    (i32.store offset=8 (local.get $c3) (local.get $r3))
    (global.get $full))

  ;; Steps chain `k` alone to its end (the rest of a chain after `scan4`, or a short text's one
  ;; chain). Returns 1 when it stopped because its hit list is full, else 0.
  (func (export "scan1") (param $k i32) (result i32)
    (local $c i32) (local $p i32) (local $end i32) (local $row i32) (local $e i32) (local $cls i32)
    (local.set $cls (global.get $cls))
    (local.set $c (i32.add (global.get $chains) (i32.mul (local.get $k) (i32.const 48))))
    (local.set $p (i32.load (local.get $c)))
    (local.set $end (i32.load offset=4 (local.get $c)))
    (local.set $row (i32.load offset=8 (local.get $c)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $e (i32.load (i32.add (local.get $row) (i32.load8_u (i32.add (local.get $cls) (i32.load8_u (local.get $p)))))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $row (local.get $e))
        (br_if $next (i32.ge_s (local.get $e) (i32.const 0)))
        (local.set $row (call $flagged (local.get $c) (local.get $e) (local.get $p)))
        (br_if $next (i32.eqz (global.get $full)))))
    (i32.store (local.get $c) (local.get $p))
    (i32.store offset=8 (local.get $c) (local.get $row))
    (global.get $full))

  ;; Turns `count` ascending byte offsets at `list` (each of an ASCII byte of the valid UTF-8 text at
  ;; `text`) into UTF-16 offsets, in place: a character takes one code unit per byte that does not
  ;; continue a sequence (10xxxxxx), and one more when it takes four (leading 11110xxx). Whole
  ;; blocks of 16 bytes are counted at once, each lane adding up its block's four-byte leads less its
  ;; continuation bytes (a byte is one or the other or neither) for up to 127 blocks before the lanes
  ;; are summed: a few vector operations per block, where a sum per block cost three times as many.
  (func (export "utf16") (param $text i32) (param $list i32) (param $count i32)
    (local $k i32) (local $j i32) (local $units i32) (local $target i32) (local $b i32) (local $q i32)
    (local $v v128) (local $acc v128) (local $n i32)
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $k) (local.get $count)))
        (local.set $q (i32.add (local.get $list) (i32.shl (local.get $k) (i32.const 2))))
        (local.set $target (i32.load (local.get $q)))
        (block $blocks
          (loop $run
            (br_if $blocks (i32.gt_u (i32.add (local.get $j) (i32.const 16)) (local.get $target)))
            (local.set $acc (v128.const i32x4 0 0 0 0))
            (local.set $n (i32.const 0))
            (block $sum
              (loop $block
                (br_if $sum (i32.gt_u (i32.add (local.get $j) (i32.const 16)) (local.get $target)))
                (br_if $sum (i32.ge_u (local.get $n) (i32.const 127)))
                (local.set $v (v128.load (i32.add (local.get $text) (local.get $j))))
                (local.set $acc
                  (i8x16.sub
                    (i8x16.add (local.get $acc) (i8x16.lt_s (local.get $v) (i8x16.splat (i32.const -64))))
                    (i8x16.ge_u (local.get $v) (i8x16.splat (i32.const 0xf0)))))
                (local.set $j (i32.add (local.get $j) (i32.const 16)))
                (local.set $n (i32.add (local.get $n) (i32.const 1)))
                (br $block)))
            (local.set $acc (i32x4.extadd_pairwise_i16x8_s (i16x8.extadd_pairwise_i8x16_s (local.get $acc))))
            (local.set $units
              (i32.add
                (i32.add (local.get $units) (i32.shl (local.get $n) (i32.const 4)))
                (i32.add
                  (i32.add (i32x4.extract_lane 0 (local.get $acc)) (i32x4.extract_lane 1 (local.get $acc)))
                  (i32.add (i32x4.extract_lane 2 (local.get $acc)) (i32x4.extract_lane 3 (local.get $acc))))))
            (br $run)))
        (block $there
          (loop $byte
            (br_if $there (i32.ge_u (local.get $j) (local.get $target)))
            (local.set $b (i32.load8_u (i32.add (local.get $text) (local.get $j))))
            (local.set $units
              (i32.add (local.get $units)
                (i32.add
                  (i32.ne (i32.and (local.get $b) (i32.const 0xc0)) (i32.const 0x80))
                  (i32.ge_u (local.get $b) (i32.const 0xf0)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $byte)))
        (i32.store (local.get $q) (local.get $units))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $each)))))
