import { ForumPage } from './forum.page.js';

/** A scope's forum categories (the forum home or a municipality's forum) and the forms that manage them. */
export class ForumCategoriesPage extends ForumPage {
  async openMunicipality(municipalityId: string): Promise<void> {
    await this.goto(`/forum/gmina/${municipalityId}`);
  }

  get categories() {
    return this.page.getByTestId('forum-category');
  }

  category(name: string) {
    return this.categories.filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  get addForm() {
    return this.page.getByTestId('add-category');
  }

  addField(label: 'Nazwa' | 'Adres kategorii' | 'Opis' | 'Pozycja na liście') {
    return this.addForm.getByLabel(label);
  }

  async submitAdd(): Promise<void> {
    await this.addForm.getByRole('button', { name: 'Dodaj kategorię' }).click();
  }

  /** Removes a category, accepting the confirmation dialog. */
  async remove(name: string): Promise<void> {
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.category(name).getByRole('button', { name: /^Usuń/ }).click();
  }
}
