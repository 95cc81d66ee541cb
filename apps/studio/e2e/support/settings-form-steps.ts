import { isRecord } from '@parley/flow';
import { getNodeDefinition } from '@parley/nodes';
import type { Locator, Page } from 'playwright-core';
import { fieldModelOf, type FieldModel } from '../../src/settings-form/field-model';
import { pathKey } from '../../src/settings-form/value-path';

type Path = readonly (string | number)[];

/**
 * Types a node's settings into its form the way an analyst would: one field at a
 * time, tabs for each language, "Add" for list items, options picked from their
 * lists. The form is generated from the node kind's schema, so the steps are read
 * from the same schema: which widget a value has, which fields sit under
 * "Advanced". Fields whose wanted value is what the form already shows are left alone.
 */
export async function fillNodeSettings(
  page: Page,
  kind: string,
  wanted: Record<string, unknown>,
): Promise<void> {
  const definition = getNodeDefinition(kind);
  if (!definition) throw new Error(`unknown node kind ${kind}`);
  const shown: Record<string, unknown> = definition.defaults('en');
  const filler = new FormFiller(page, page.getByTestId('settings-panel'));
  await filler.object(fieldModelOf(definition.settingsSchema), [], wanted, shown);
}

class FormFiller {
  constructor(
    private readonly page: Page,
    private readonly panel: Locator,
  ) {}

  async object(model: FieldModel, path: Path, wanted: unknown, shown: unknown): Promise<void> {
    const want = asRecord(wanted);
    const have = asRecord(shown);
    for (const [key, field] of model.fields) {
      const value = want[key];
      const current = have[key] ?? field.defaultValue;
      if (value === undefined) {
        if (have[key] !== undefined) throw new Error(`${pathKey([...path, key])}: cannot clear`);
        continue;
      }
      if (sameJson(value, current)) continue;
      if (field.meta.section === 'advanced') await this.openAdvanced(path);
      await this.field(field, [...path, key], value, have[key]);
    }
  }

  private async field(model: FieldModel, path: Path, value: unknown, shown: unknown) {
    const testId = `field-${pathKey(path)}`;
    switch (model.kind) {
      case 'template':
        return this.template(testId, value);
      case 'text':
      case 'textarea':
      case 'secret':
      case 'expression':
      case 'number':
        return this.type(this.panel.getByTestId(testId), String(value));
      case 'variable':
        // An autocomplete: the name is typed; Tab leaves it without picking a suggestion.
        await this.type(this.panel.getByTestId(testId), String(value));
        return this.page.keyboard.press('Tab');
      case 'select':
        return this.select(testId, String(value));
      case 'list':
        return model.item && ['text'].includes(model.item.kind)
          ? this.tags(testId, value)
          : this.list(model, path, value, shown);
      case 'object':
        if (shown === undefined && model.optional) {
          await this.panel.getByTestId(`${testId}-add`).click();
        }
        return this.object(model, path, value, shown);
      default:
        throw new Error(`${testId}: no steps for a ${model.kind} field`);
    }
  }

  /** Text in every language it is given in: the language's tab, then the text. */
  private async template(testId: string, value: unknown) {
    const variants = typeof value === 'string' ? { '': value } : asRecord(value);
    for (const [locale, text] of Object.entries(variants)) {
      const tab = this.panel.getByTestId(`${testId}-tab-${locale}`);
      if (locale !== '' && (await tab.count()) > 0) await tab.click();
      await this.type(this.panel.getByTestId(testId), String(text));
    }
  }

  private async select(testId: string, value: string) {
    await this.panel.getByTestId(testId).click();
    await this.page.locator(`[role="listbox"] [role="option"][value="${value}"]`).click();
  }

  /** Short strings as tags: each typed and confirmed with Enter. */
  private async tags(testId: string, value: unknown) {
    const input = this.panel.getByTestId(testId);
    for (const tag of asArray(value)) {
      await input.click();
      await this.page.keyboard.insertText(String(tag));
      await this.page.keyboard.press('Enter');
    }
    await this.page.keyboard.press('Escape');
  }

  private async list(model: FieldModel, path: Path, value: unknown, shown: unknown) {
    const item = model.item;
    if (!item) throw new Error(`${pathKey(path)}: a list without items`);
    const want = asArray(value);
    const have = asArray(shown);
    const testId = `field-${pathKey(path)}`;
    for (let index = have.length - 1; index >= want.length; index -= 1) {
      await this.panel.getByTestId(`${testId}.${index}-remove`).click();
    }
    for (const [index, entry] of want.entries()) {
      if (index >= have.length) await this.panel.getByTestId(`${testId}-add`).click();
      // A new item's first values come from the form; every wanted field is typed over them.
      const before = index < have.length ? have[index] : {};
      if (item.kind === 'object') await this.object(item, [...path, index], entry, before);
      else await this.field(item, [...path, index], entry, before);
    }
  }

  private async openAdvanced(path: Path) {
    const toggle = this.panel.getByTestId(
      path.length === 0 ? 'section-advanced' : `field-${pathKey(path)}-advanced`,
    );
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  /**
   * Selects what the field holds and types over it. The text goes in as one input
   * event, the way an input method commits Chinese (and keeps long texts quick).
   */
  private async type(input: Locator, text: string) {
    await input.click();
    await input.press('ControlOrMeta+a');
    await input.press('Delete');
    if (text !== '') await this.page.keyboard.insertText(text);
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
