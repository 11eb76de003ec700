-- Started by nvim.test.ts in `nvim --headless --clean`: attaches the SecretRef language
-- server to a buffer the way an nvim-lspconfig setup does, waits for its diagnostics,
-- asks for a completion, and writes what came back to SR_OUT (one line each).
local root = vim.env.SR_ROOT
local file = vim.env.SR_FILE
local out = vim.env.SR_OUT

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()

local config = {
  name = 'secretref',
  cmd = { vim.env.SR_NODE, vim.env.SR_SERVER, '--stdio' },
  root_dir = root,
  init_options = { environment = 'prd' },
}
-- vim.lsp.start (0.8+) attaches by itself; Debian 12 ships 0.7, which has start_client.
if vim.lsp.start then
  vim.lsp.start(config, { bufnr = bufnr })
else
  local id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(bufnr, id)
end

local lines = {}
local got = vim.wait(90000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
if not got then table.insert(lines, 'TIMEOUT waiting for diagnostics') end
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  local code = d.code or lsp.code or ''
  table.insert(lines, string.format('diagnostic %d:%d %s %s %s %s', d.lnum + 1, d.col + 1, d.severity, d.source or lsp.source or '', code, d.message))
end

-- Completion inside `$Token{STR` on the line the test names (0-based line, character after the prefix).
local line = tonumber(vim.env.SR_COMPLETE_LINE)
local character = tonumber(vim.env.SR_COMPLETE_CHAR)
local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = line, character = character } }
local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', params, 10000) or {}
for _, r in pairs(responses) do
  local items = r.result and (r.result.items or r.result) or {}
  for _, item in ipairs(items) do table.insert(lines, 'completion ' .. item.label) end
end

vim.fn.writefile(lines, out)
vim.cmd('qa!')
